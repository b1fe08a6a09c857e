package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shared-corpus files the guide issue names are no longer accepted, each for the reason
 * docs/validation.md gives. Skipped when ../shared/corpus is absent.
 */
class GuideCorpusOutcomeTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "stupidedi/automobile-accident.edi | IG-FORMAT | 2010AA N403: report the full nine-digit ZIP code",
        "stupidedi/two-claims-for-the-same-provider.edi | IG-FORMAT | 2010AA N403: report the full nine-digit ZIP code",
        "stupidedi/oxygen.edi | IG-FORMAT | 2010AA N403: report the full nine-digit ZIP code",
        "stupidedi/wheelchair.edi | IG-FORMAT | 2010AA N403: report the full nine-digit ZIP code",
        "staedi/837-header-ref-only.edi | IG-REQUIRED | it holds no claim",
        "imsweb/x12_segments_out_of_order.txt | IG-HL | 2000B HL02",
        "linuxforhealth/institutional-claim.837i | IG-CODE | DTP*434 takes format RD8",
    })
    void namedCorpusFileIsNotAccepted(String file, String rule, String fix) throws IOException {
        Path input = CORPUS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(input), "shared corpus absent: " + CORPUS.toAbsolutePath());
        ScrubEngine engine = ScrubEngine.load(Path.of("config"));
        engine.scrubber().scrub(input, engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));
        JsonNode report = new ObjectMapper().readTree(
                out.resolve(FileScrubber.baseName(input) + ".report.json").toFile());
        assertNotEquals("accepted", report.get("status").asText());
        List<String> found = new ArrayList<>();
        for (JsonNode c : report.get("claims")) {
            c.get("findings").forEach(f -> found.add(f.get("rule").asText() + ": " + f.get("message").asText()));
        }
        report.get("fileFindings").forEach(f -> found.add(f.get("rule").asText() + ": " + f.get("message").asText()));
        assertTrue(found.stream().anyMatch(f -> f.startsWith(rule + ": ") && f.contains(fix)), found.toString());
    }
}

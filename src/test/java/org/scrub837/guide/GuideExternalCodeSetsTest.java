package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operator's external code sets under config/guide/: the CDC/CMS ICD-10-CM order file and the
 * CMS quarterly HCPCS file, here small files written in the official fixed-width layouts. Absent,
 * the checks are off; present, a code the file does not list as billable rejects its claim with
 * IG-CODE.
 */
class GuideExternalCodeSetsTest {

    private static final Path CLEAN = Path.of("src/test/resources/guide/x222a1/clean.edi");

    @TempDir
    Path dir;

    /** One order-file record: order number, code (7 wide), billable flag, short and long description. */
    private static String icd(int order, String code, boolean billable, String description) {
        return String.format("%05d %-7s %s %-60s %s", order, code, billable ? "1" : "0", description, description);
    }

    /** One HCPCS record: code, sequence number, record identification code, long description. */
    private static String hcpcs(String code, String recordId, String description) {
        return String.format("%-5s%05d%s%-80s", code, 100, recordId, description);
    }

    private Path config(List<String> icdLines, List<String> hcpcsLines) throws IOException {
        Path config = dir.resolve("config");
        copy(Path.of("config"), config);
        if (icdLines != null) {
            Files.write(config.resolve("guide").resolve(GuideCodeSets.ICD10CM_FILE), icdLines, StandardCharsets.ISO_8859_1);
        }
        if (hcpcsLines != null) {
            Files.write(config.resolve("guide").resolve(GuideCodeSets.HCPCS_FILE), hcpcsLines, StandardCharsets.ISO_8859_1);
        }
        return config;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private JsonNode scrub(Path config, String content) throws IOException {
        Path input = dir.resolve("claims.edi");
        Files.writeString(input, content, StandardCharsets.ISO_8859_1);
        Path out = Files.createDirectories(dir.resolve("out" + System.nanoTime()));
        ScrubEngine engine = ScrubEngine.load(config);
        engine.scrubber().scrub(input, engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));
        return new ObjectMapper().readTree(out.resolve(FileScrubber.baseName(input) + ".report.json").toFile());
    }

    private static List<String> rejectingMessages(JsonNode report, String claimId) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : report.get("claims")) {
            if (c.get("claimId").asText().equals(claimId)) {
                for (JsonNode f : c.get("findings")) {
                    if ("reject".equals(f.get("severity").asText())) {
                        out.add(f.get("rule").asText() + ": " + f.get("message").asText());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void orderFileRejectsCategoryHeaderAndAcceptsBillableCode() throws IOException {
        Path config = config(List.of(icd(1, "L97", false, "Non-pressure chronic ulcer of lower limb"),
                icd(2, "L9741", false, "Non-pressure chronic ulcer of right heel and midfoot"),
                icd(3, "L97412", true, "Non-pressure chronic ulcer of right heel and midfoot with fat layer exposed")),
                null);
        String clean = Files.readString(CLEAN, StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), rejectingMessages(scrub(config, clean), "IG-P-BAD"), "L97412 is billable");

        String header = clean.replace("CLM*IG-P-BAD*180***11:B:1*Y*A*Y*Y~\nHI*ABK:L97412",
                "CLM*IG-P-BAD*180***11:B:1*Y*A*Y*Y~\nHI*ABK:L9741");
        List<String> found = rejectingMessages(scrub(config, header), "IG-P-BAD");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("IG-CODE: 2300 HI01-2: 'L9741' is an ICD-10-CM category"), found.toString());
        assertEquals(List.of(), rejectingMessages(scrub(config, header), "IG-P-GOOD"));
    }

    @Test
    void hcpcsFileRejectsLevelTwoCodeItDoesNotList() throws IOException {
        Path config = config(null, List.of(hcpcs("A6011", "3", "Collagen based wound filler, gel/paste, per fl oz"),
                hcpcs("RT", "7", "Right side")));
        String clean = Files.readString(CLEAN, StandardCharsets.ISO_8859_1);
        String unknown = clean.replace("CLM*IG-P-BAD*180***11:B:1*Y*A*Y*Y~\nHI*ABK:L97412~\nLX*1~\nSV1*HC:15271",
                "CLM*IG-P-BAD*180***11:B:1*Y*A*Y*Y~\nHI*ABK:L97412~\nLX*1~\nSV1*HC:A6010");
        List<String> found = rejectingMessages(scrub(config, unknown), "IG-P-BAD");
        assertEquals(List.of("IG-CODE: 2400 line 1 SV101-2: 'A6010' is not in the HCPCS Level II file loaded; check the code."),
                found);
        String listed = unknown.replace("SV1*HC:A6010", "SV1*HC:A6011");
        assertEquals(List.of(), rejectingMessages(scrub(config, listed), "IG-P-BAD"), "A6011 is listed; CPT 15271 never checked");
    }

    @Test
    void absentFilesTurnTheChecksOff() throws IOException {
        GuideCodeSets sets = GuideCodeSets.load(config(null, null).resolve("guide"));
        assertNull(sets.icd10cm());
        assertNull(sets.hcpcs());
        assertTrue(sets.knowsStates() && sets.knowsPlacesOfService(), "the shipped lists load");
        assertTrue(sets.stateCountries().containsKey("ON") && "US".equals(sets.stateCountries().get("IL")));
    }
}

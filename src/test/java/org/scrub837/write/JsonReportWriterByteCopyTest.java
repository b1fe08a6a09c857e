package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;

/**
 * The claims array is copied into the report as spooled bytes; the report must read as if one
 * pretty-printing generator had written all of it (as before the copy): writing the parsed report
 * again with Jackson's default pretty printer gives the same bytes, escapes included.
 */
class JsonReportWriterByteCopyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void reportIsExactlyWhatOnePrettyPrintingGeneratorWrites() throws Exception {
        Path target = dir.resolve("B.report.json");
        List<ClaimResult> results;
        try (JsonReportWriter w = new JsonReportWriter(target)) {
            results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED).warning("C1"), w);
            // a claim whose finding needs escaping and multi-byte UTF-8
            ClaimResult tricky = results.get(0);
            List<Finding> findings = new ArrayList<>(tricky.findings());
            findings.add(new Finding("RULE-\"Q\"", Severity.WARN, 7, 12,
                    "quote \" backslash \\ tab \t line\nbreak \u0001 é ü 漢 \uD83D\uDE00", "authority <&>"));
            w.claim(new ClaimResult(tricky.claim(), List.copyOf(findings), tricky.payerProfile()));
            w.finish(SampleFiles.outcome(results));
        }
        byte[] report = Files.readAllBytes(target);

        JsonNode tree = MAPPER.readTree(report);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(again, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            MAPPER.writeTree(g, tree);
            g.writeRaw('\n');
        }

        assertEquals(results.size() + 1, tree.get("claims").size());
        assertEquals(again.toString(StandardCharsets.UTF_8), new String(report, StandardCharsets.UTF_8));
    }
}

package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;

class JsonReportWriterContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private List<ClaimResult> results;

    private JsonNode write(Path target, FileOutcome outcomeOverride) throws Exception {
        try (JsonReportWriter w = new JsonReportWriter(target)) {
            results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED).warning("C1", "C2"), w);
            w.finish(outcomeOverride != null ? outcomeOverride : withFileFinding(SampleFiles.outcome(results)));
        }
        return MAPPER.readTree(target.toFile());
    }

    private static FileOutcome withFileFinding(FileOutcome o) {
        return new FileOutcome(o.fileBase(), o.fileName(), o.status(), o.ruleSetVersion(), o.claims(), o.accepted(),
                o.rejected(), List.of(new Finding("ENVELOPE-COUNT", Severity.WARN, null, 0, "SE01 was 40, counted 41", "X12")));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelKeysAndSummaryFollowTheContract() throws Exception {
        JsonNode report = write(dir.resolve("B.report.json"), null);
        assertEquals(List.of("file", "status", "ruleSetVersion", "summary", "claims", "fileFindings", "fileName"), keys(report));
        assertEquals("B", report.get("file").asText());
        assertEquals("partial", report.get("status").asText());
        assertEquals("2026.1", report.get("ruleSetVersion").asText());
        assertEquals(List.of("claims", "accepted", "rejected"), keys(report.get("summary")));
        assertEquals(9, report.get("summary").get("claims").asInt());
        assertEquals(5, report.get("summary").get("accepted").asInt());
        assertEquals(4, report.get("summary").get("rejected").asInt());
        JsonNode fileFinding = report.get("fileFindings").get(0);
        assertEquals(List.of("rule", "severity", "message", "authority"), keys(fileFinding));
        assertEquals("ENVELOPE-COUNT", fileFinding.get("rule").asText());
        assertEquals("warn", fileFinding.get("severity").asText());
    }

    @Test
    void claimsCarryStatusAndFindingsInFileOrder() throws Exception {
        JsonNode claims = write(dir.resolve("B.report.json"), null).get("claims");
        assertEquals(results.size(), claims.size());
        for (int i = 0; i < results.size(); i++) {
            ClaimResult expected = results.get(i);
            JsonNode claim = claims.get(i);
            assertEquals(List.of("claimId", "transaction", "status", "findings", "payerProfile"), keys(claim));
            assertEquals(expected.claim().claimId(), claim.get("claimId").asText());
            assertEquals(expected.claim().transaction().controlNumber(), claim.get("transaction").asText());
            assertEquals(expected.rejected() ? "rejected" : "accepted", claim.get("status").asText());
            assertEquals(Judge.PROFILE, claim.get("payerProfile").asText());
            assertEquals(expected.findings().size(), claim.get("findings").size());
            for (int k = 0; k < expected.findings().size(); k++) {
                Finding f = expected.findings().get(k);
                JsonNode jf = claim.get("findings").get(k);
                assertEquals(List.of("rule", "severity", "line", "segmentPosition", "message", "authority"), keys(jf));
                assertEquals(f.ruleId(), jf.get("rule").asText());
                assertEquals(f.severity().label(), jf.get("severity").asText());
                assertEquals(f.line() == null, jf.get("line").isNull());
                if (f.line() != null) {
                    assertEquals(f.line().intValue(), jf.get("line").asInt());
                }
                assertEquals(f.segmentPosition(), jf.get("segmentPosition").asInt());
                assertEquals(f.message(), jf.get("message").asText());
                assertEquals(f.authority(), jf.get("authority").asText());
            }
        }
        assertTrue(claims.get(1).get("findings").get(1).get("line").isNull(), "a claim-level warning has line null");
    }

    @Test
    void sameInputGivesTheSameBytes() throws Exception {
        write(dir.resolve("one.report.json"), null);
        write(dir.resolve("two.report.json"), null);
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.report.json")), Files.readAllBytes(dir.resolve("two.report.json")));
    }

    @Test
    void failedFileHasNoClaimsAndSaysHowManyWereRead() throws Exception {
        FileOutcome failed = new FileOutcome("B", "B.837", FileStatus.FAILED, "2026.1", 9, 0, 0,
                List.of(new Finding("INVALID-EDI", Severity.REJECT, null, 0, "B.837: segment 120: expected SE", "X12")));
        JsonNode report = write(dir.resolve("B.report.json"), failed);
        assertEquals(List.of("file", "status", "ruleSetVersion", "summary", "claims", "fileFindings", "fileName",
                "claimsReadBeforeFailure"), keys(report));
        assertEquals("failed", report.get("status").asText());
        assertEquals(0, report.get("claims").size());
        assertEquals(0, report.get("summary").get("claims").asInt());
        assertEquals(0, report.get("summary").get("rejected").asInt());
        assertEquals(9, report.get("claimsReadBeforeFailure").asInt());
        assertEquals("INVALID-EDI", report.get("fileFindings").get(0).get("rule").asText());
    }

    @Test
    void fileWithoutClaimsHasAnEmptyClaimsArray() throws Exception {
        Path target = dir.resolve("B.report.json");
        try (JsonReportWriter w = new JsonReportWriter(target)) {
            w.finish(new FileOutcome("B", "B.837", FileStatus.ACCEPTED, "2026.1", 0, 0, 0, List.of()));
        }
        JsonNode report = MAPPER.readTree(target.toFile());
        assertEquals(0, report.get("claims").size());
        assertEquals(0, report.get("summary").get("claims").asInt());
        assertEquals(List.of("file", "status", "ruleSetVersion", "summary", "claims", "fileFindings", "fileName"), keys(report));
    }
}

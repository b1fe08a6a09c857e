package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCheckComparisonTest {

    @TempDir
    Path dir;

    private static final String EXPECTED = Generator837.EXPECTED_HEADER + "\n"
            + "C1\taccepted\t\n"
            + "C2\trejected\tQ4293-UNITS\n"
            + "C3\trejected\tCLAIM-BALANCE\n"
            + "C4\taccepted\t\n";

    private static String claim(String id, String status, String... rejectingRules) {
        StringBuilder findings = new StringBuilder("{\"rule\":\"W\",\"severity\":\"warn\",\"line\":1,"
                + "\"segmentPosition\":3,\"message\":\"m\",\"authority\":\"a\"}");
        for (String rule : rejectingRules) {
            findings.append(',');
            findings.append("{\"rule\":\"").append(rule).append("\",\"severity\":\"reject\",\"line\":null,"
                    + "\"segmentPosition\":9,\"message\":\"m\",\"authority\":\"a\"}");
        }
        return "{\"claimId\":\"" + id + "\",\"transaction\":\"0001\",\"status\":\"" + status + "\",\"findings\":["
                + findings + "],\"payerProfile\":\"default\"}";
    }

    private Path report(String... claims) throws Exception {
        Path report = dir.resolve("r.report.json");
        Files.writeString(report, "{\"file\":\"r\",\"status\":\"partial\",\"ruleSetVersion\":\"1\","
                + "\"summary\":{\"claims\":4,\"accepted\":2,\"rejected\":2},\"claims\":[" + String.join(",", claims)
                + "],\"fileFindings\":[],\"fileName\":\"r.edi\"}");
        return report;
    }

    @Test
    void everyClaimAsExpectedIsAllRight() throws Exception {
        Path expected = Files.writeString(dir.resolve("e.tsv"), EXPECTED);
        Path report = report(claim("C1", "accepted"), claim("C2", "rejected", "Q4293-UNITS"),
                claim("C3", "rejected", "CLAIM-BALANCE"), claim("C4", "accepted"));

        ReportCheck.Result result = ReportCheck.compare(report, expected);

        assertTrue(result.allRight(), result.summary());
        assertEquals(4, result.right());
    }

    @Test
    void wrongStatusesMissingRuleAndOtherRulesAreCounted() throws Exception {
        Path expected = Files.writeString(dir.resolve("e.tsv"), EXPECTED);
        Path report = report(claim("C1", "rejected", "X12-SYNTAX"), claim("C2", "rejected", "Q4293-PAIRING"),
                claim("C3", "accepted"));

        ReportCheck.Result result = ReportCheck.compare(report, expected);

        assertFalse(result.allRight());
        assertEquals(3, result.compared());
        assertEquals(0, result.right());
        assertEquals(1, result.rejectedButExpectedAccepted());
        assertEquals(1, result.expectedRuleMissing());
        assertEquals(1, result.acceptedButExpectedRejected());
        assertEquals(1, result.expectedOnly());
        assertEquals(Map.of("X12-SYNTAX", 1L, "Q4293-PAIRING", 1L), result.otherRejectingRules());
    }
}

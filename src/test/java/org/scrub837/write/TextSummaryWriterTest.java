package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;

class TextSummaryWriterTest {

    @TempDir
    Path dir;

    private String summary() throws Exception {
        Path target = dir.resolve("B.summary.txt");
        try (TextSummaryWriter w = new TextSummaryWriter(target)) {
            List<ClaimResult> results = SampleFiles.mixed().feed(Judge.rejecting("C2", "C7").warning("C1", "C2"), w);
            w.finish(SampleFiles.outcome(results));
        }
        return Files.readString(target);
    }

    private static String section(String text, String heading, String nextHeading) {
        int start = text.indexOf(heading);
        int end = nextHeading == null ? text.length() : text.indexOf(nextHeading);
        assertTrue(start >= 0 && end > start, heading);
        return text.substring(start, end);
    }

    @Test
    void headerNamesFileStatusAndCounts() throws Exception {
        String text = summary();
        assertTrue(text.contains("File:      B.837\n"), text);
        assertTrue(text.contains("Status:    partial\n"), text);
        assertTrue(text.contains("Claims:    9 (accepted 7, rejected 2)\n"), text);
    }

    @Test
    void rejectedClaimsListTheirRejectingFindingsOnly() throws Exception {
        String rejected = section(summary(), "Rejected claims (2)", "Warnings (");
        assertTrue(rejected.matches("(?s).*  Claim C2 \\(transaction 0001\\): service 2026-01-05, charge [0-9.]+, payer [^\n]+\n"
                + "    - \\[Q4293-UNITS\\] line 1: Units 3.*"), rejected);
        assertTrue(rejected.contains("  Claim C7 (transaction 0003): "), rejected);
        assertFalse(rejected.contains("Q4293-JW"), rejected);
        assertFalse(rejected.contains("Claim C1 "), rejected);
    }

    @Test
    void warningsAreListedSeparatelyForEveryClaim() throws Exception {
        String warnings = section(summary(), "Warnings (2, these do not reject a claim)", null);
        assertTrue(warnings.matches("(?s).*  Claim C1 \\(transaction 0001\\): [^\n]+\n    - \\[Q4293-JW\\] claim: JW modifier.*"),
                warnings);
        assertTrue(warnings.matches("(?s).*  Claim C2 \\(transaction 0001\\): [^\n]+\n    - \\[Q4293-JW\\] claim:.*"), warnings);
        assertEquals(-1, warnings.indexOf("Q4293-UNITS"));
    }

    @Test
    void totalsByRuleCountEveryClaimRejectingRulesFirst() throws Exception {
        String totals = section(summary(), "Findings by rule (every claim)", "Rejected claims");
        assertTrue(totals.contains("  Q4293-UNITS  reject  2 claims, 2 findings\n  Q4293-JW     warn    2 claims, 2 findings\n"),
                totals);
    }

    @Test
    void failedFileSaysWhyAndHowFarItGot() throws Exception {
        Path target = dir.resolve("B.summary.txt");
        try (TextSummaryWriter w = new TextSummaryWriter(target)) {
            w.finish(new FileOutcome("B", "B.837", FileStatus.FAILED, "2026.1", 3,
                    0, 0, List.of(new Finding("INVALID-EDI", Severity.REJECT, null,
                            0, "B.837: segment 40: expected SE", "X12"))));
        }
        String text = Files.readString(target);
        assertTrue(text.contains("Status:    failed\n"), text);
        assertTrue(text.contains("Claims read before the failure: 3\n"), text);
        assertTrue(text.contains("  - [INVALID-EDI] reject: B.837: segment 40: expected SE\n"), text);
        assertTrue(text.contains("What to do: The file is not a valid 837. Re-export the file"), text);
        assertFalse(text.contains("Rejected claims"), text);
    }
}

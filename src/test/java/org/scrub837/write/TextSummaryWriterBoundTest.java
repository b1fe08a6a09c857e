package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;

/** The summary lists at most the configured claims per section, counts the rest and points at the JSON. */
class TextSummaryWriterBoundTest {

    @TempDir
    Path dir;

    @Test
    void sectionsListTheFirstClaimsAndCountTheRest() throws Exception {
        Path target = dir.resolve("B.summary.txt");
        try (TextSummaryWriter w = new TextSummaryWriter(target, new ReportLimits(2, Long.MAX_VALUE))) {
            List<ClaimResult> results = SampleFiles.mixed()
                    .feed(Judge.rejecting(SampleFiles.MIXED_REJECTED).warning("C1", "C4", "C5"), w);
            w.finish(SampleFiles.outcome(results));
        }
        String text = Files.readString(target);
        assertEquals(4, text.split("\n  Claim ", -1).length - 1, "two rejected and two warned claims listed");
        assertTrue(text.contains("  Claim C2 (") && text.contains("  Claim C3 ("), "the first rejected in file order");
        assertTrue(text.contains("  ... and 2 more rejected claims, not listed"), text);
        assertTrue(text.contains("  ... and 1 more claim with warnings, not listed"), text);
        assertTrue(text.contains("  Q4293-UNITS  reject  4 claims, 4 findings\n"), "totals cover every claim: " + text);
        assertTrue(text.indexOf("Rejected claims (4)") < text.indexOf("Warnings (3"), "rejected first");
    }
}

package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;

/** Rejected claims come first on the page, then warned ones, whatever their order in the file. */
class HtmlReportWriterOrderTest {

    @TempDir
    Path dir;

    @Test
    void rejectedCardsPrecedeWarningCardsAndTheRuleTotals() throws Exception {
        Path target = dir.resolve("B.report.html");
        try (HtmlReportWriter w = new HtmlReportWriter(target)) {
            // C1 (first in the file) only warns; C9 (last) is rejected
            List<ClaimResult> results = SampleFiles.mixed().feed(Judge.rejecting("C9").warning("C1"), w);
            w.finish(SampleFiles.outcome(results));
        }
        String html = Files.readString(target);
        int totals = html.indexOf("<section id=\"rules\">");
        int rejected = html.indexOf("<section id=\"rejected\">");
        int c9 = html.indexOf("id=\"claim-9\"");
        int warnings = html.indexOf("<section id=\"warnings\">");
        int c1 = html.indexOf("id=\"claim-1\"");
        int clean = html.indexOf("<section id=\"clean\">");
        assertTrue(totals >= 0 && totals < rejected, "totals by rule before the cards");
        assertTrue(rejected < c9 && c9 < warnings && warnings < c1 && c1 < clean, html);
    }
}

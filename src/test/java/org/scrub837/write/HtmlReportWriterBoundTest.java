package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;

/** The page shows at most the configured cards and bytes of cards; the rest is counted and pointed at. */
class HtmlReportWriterBoundTest {

    @TempDir
    Path dir;

    private String write(ReportLimits limits, Judge judge) throws Exception {
        Path target = dir.resolve("B.report.html");
        try (HtmlReportWriter w = new HtmlReportWriter(target, limits)) {
            List<ClaimResult> results = SampleFiles.mixed().feed(judge, w);
            w.finish(SampleFiles.outcome(results));
        }
        return Files.readString(target);
    }

    @Test
    void cardCountBoundFillsWithRejectedClaimsFirst() throws Exception {
        // four rejected (C2 C3 C7 C9), three only warned (C1 C4 C5), with C1 first in the file
        String html = write(new ReportLimits(5, Long.MAX_VALUE),
                Judge.rejecting(SampleFiles.MIXED_REJECTED).warning("C1", "C4", "C5"));
        assertEquals(4, HtmlReportWriterTest.count(html, "<article class=\"card rejected\""));
        assertEquals(1, HtmlReportWriterTest.count(html, "<article class=\"card warned\""));
        assertTrue(html.contains("id=\"claim-1\""), "the first warned claim in file order");
        String more = HtmlReportWriterTest.between(html, "<p class=\"more\" id=\"more-warnings\">", "</p>");
        assertTrue(more.contains("The first is shown here. 2 more claims accepted with warnings are not shown"), more);
        assertTrue(more.contains("<a href=\"B.report.json\">B.report.json</a>"), more);
        String totals = HtmlReportWriterTest.between(html, "<table id=\"rule-totals\">", "</table>");
        assertTrue(totals.contains("<td class=\"n\">4</td><td class=\"n\">4</td>"), "totals cover every claim: " + totals);
        assertTrue(totals.contains("<td class=\"n\">3</td><td class=\"n\">3</td>"), totals);
    }

    @Test
    void byteBoundStopsAtTheFirstCardThatDoesNotFit() throws Exception {
        String one = write(new ReportLimits(100, Long.MAX_VALUE), Judge.rejecting("C2"));
        long cardBytes = HtmlReportWriterTest.between(one, "<article class=\"card", "</article>\n").getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length;
        String html = write(new ReportLimits(100, cardBytes * 2 + cardBytes / 2),
                Judge.rejecting(SampleFiles.MIXED_REJECTED));
        assertEquals(2, HtmlReportWriterTest.count(html, "<article class=\"card"), "two cards fit in 2.5 cards' bytes");
        assertTrue(html.contains("The first 2 are shown here. 2 more rejected claims are not shown"), html);
    }

    @Test
    void noCardsAtAllStillCountsAndPointsAtTheJson() throws Exception {
        String html = write(new ReportLimits(0, Long.MAX_VALUE), Judge.rejecting(SampleFiles.MIXED_REJECTED));
        assertEquals(0, HtmlReportWriterTest.count(html, "<article"));
        assertTrue(html.contains("<h2>Rejected claims (4)</h2>"), html);
        assertTrue(html.contains("4 more rejected claims are not shown"), html);
        assertEquals(0, HtmlReportWriterTest.count(html, "<nav id=\"filter\""), "no filter without cards");
    }
}

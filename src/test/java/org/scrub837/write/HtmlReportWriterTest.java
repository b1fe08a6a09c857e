package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.testing.TestClaims;
import org.scrub837.testing.TestFile;

class HtmlReportWriterTest {

    @TempDir
    Path dir;

    private String write(TestFile file, java.util.function.Function<Claim, ClaimResult> judge) throws Exception {
        Path target = dir.resolve("B.report.html");
        try (HtmlReportWriter w = new HtmlReportWriter(target)) {
            List<ClaimResult> results = file.feed(judge, w);
            w.finish(SampleFiles.outcome(results));
        }
        return Files.readString(target);
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "missing " + start);
        int to = text.indexOf(end, from);
        return text.substring(from, to + end.length());
    }

    @Test
    void findingIsShownBesideTheSegmentItPointsAt() throws Exception {
        TestFile file = SampleFiles.mixed();
        Claim c2 = file.claims().get(1);
        int sv1 = c2.lines().get(0).servicePosition();
        String html = write(file, Judge.rejecting("C2"));
        String article = between(html, "<article class=\"claim\" id=\"claim-2\"", "</article>");
        String item = between(article, "<li class=\"segment bad\" data-position=\"" + sv1 + "\">", "</li>");
        assertTrue(item.contains("<code>SV1*HC:15271*100.00*UN*1***1</code>"), item);
        assertTrue(item.contains("data-rule=\"" + Judge.REJECT_RULE + "\""), item);
        assertTrue(item.contains("Units 3 do not match"), item);
        assertTrue(item.contains("Authority: NGS skin substitute billing"), item);
        assertEquals(1, article.split("segment bad", -1).length - 1, "only the offending segment is highlighted");
    }

    @Test
    void summaryAndTableCoverEveryClaim() throws Exception {
        String html = write(SampleFiles.mixed(), Judge.rejecting(SampleFiles.MIXED_REJECTED));
        assertTrue(html.contains("<dd id=\"status\" class=\"status-partial\">partial</dd>"));
        assertTrue(html.contains("<dd id=\"claims\">9</dd>"));
        assertTrue(html.contains("<dd id=\"rejected\">4</dd>"));
        String table = between(html, "<tbody>", "</tbody>");
        assertEquals(9, table.split("<tr>", -1).length - 1);
        assertTrue(table.contains("<tr><td><a href=\"#claim-2\">C2</a></td><td>0001</td><td class=\"status-rejected\">rejected</td><td>1</td></tr>"));
        assertTrue(table.contains("<tr><td>C1</td><td>0001</td><td class=\"status-accepted\">accepted</td><td>0</td></tr>"));
    }

    @Test
    void claimDataAndMessagesAreEscapedAndThePageIsSelfContained() throws Exception {
        String nasty = "X<b>&\"'";
        TestFile file = TestFile.professional().claim(TestClaims.professional().claimId(nasty)
                .line("Q4293", "3", "2026-01-05"));
        String html = write(file, c -> new ClaimResult(c, List.of(new Finding("RULE<1>", Severity.REJECT, 1,
                c.lines().get(0).servicePosition(), "<script>alert(1)</script> & fix", "A&B <i>")), "p<"));
        assertFalse(html.contains(nasty));
        assertFalse(html.contains("<b>"));
        assertFalse(html.contains("<i>"));
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("X&lt;b&gt;&amp;&quot;&#39;"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; fix"));
        assertTrue(html.contains("data-rule=\"RULE&lt;1&gt;\""));
        for (String external : List.of("http:", "https:", "src=", "<link", "@import", "url(")) {
            assertFalse(html.contains(external), external);
        }
    }
}

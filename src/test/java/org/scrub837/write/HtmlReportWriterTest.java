package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

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

    private String write(TestFile file, Function<Claim, ClaimResult> judge) throws Exception {
        return write(file, judge, ReportLimits.DEFAULT);
    }

    private String write(TestFile file, Function<Claim, ClaimResult> judge, ReportLimits limits) throws Exception {
        Path target = dir.resolve("B.report.html");
        try (HtmlReportWriter w = new HtmlReportWriter(target, limits)) {
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

    static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void findingIsInItsCardAndItsSegmentIsMarked() throws Exception {
        TestFile file = SampleFiles.mixed();
        Claim c2 = file.claims().get(1);
        int sv1 = c2.lines().get(0).servicePosition();
        String html = write(file, Judge.rejecting("C2"));
        String card = between(html, "<article class=\"card rejected\" id=\"claim-2\"", "</article>");
        String finding = between(card, "<li class=\"finding reject\" data-rule=\"" + Judge.REJECT_RULE + "\"", "</li>");
        assertTrue(finding.contains("line 1, segment " + sv1), finding);
        assertTrue(finding.contains("Units 3 do not match"), finding);
        assertTrue(finding.contains("Authority: NGS skin substitute billing"), finding);
        String item = between(card, "<li value=\"" + sv1 + "\" class=\"bad\">", "</li>");
        assertTrue(item.contains("<code>SV1*HC:15271*100.00*UN*1***1</code>"), item);
        assertTrue(item.contains("<span class=\"mark\">" + Judge.REJECT_RULE + "</span>"), item);
        assertEquals(1, count(card, "class=\"bad\""), "only the offending segment is marked");
    }

    @Test
    void cardHeaderCarriesWhatABillerScansBy() throws Exception {
        TestFile file = TestFile.professional().claim(TestClaims.professional().claimId("PCN-7")
                .line("15271", "1", "2026-01-05").line("Q4293", "3", "2026-01-07"));
        String html = write(file, Judge.rejecting("PCN-7"));
        String header = between(html, "<header><h3>", "</header>");
        assertTrue(header.contains("<span class=\"claim-id\">PCN-7</span> <span class=\"status-rejected\">rejected"),
                header);
        assertTrue(header.contains("Dates of service <b>2026-01-05..2026-01-07</b>"), header);
        Claim claim = file.claims().get(0);
        assertTrue(header.contains("Total charge <b>" + claim.totalChargeText() + "</b>"), header);
        assertTrue(header.contains("Payer <b>" + Html.escape(ClaimFacts.payer(claim)) + "</b>"), header);
        assertTrue(header.contains("Profile <b>" + Judge.PROFILE + "</b>"), header);
    }

    @Test
    void summaryCountsEveryClaimAndCleanClaimsAreOnlyCounted() throws Exception {
        String html = write(SampleFiles.mixed(), Judge.rejecting(SampleFiles.MIXED_REJECTED).warning("C1"));
        assertTrue(html.contains("<dd id=\"status\" class=\"status-partial\">partial</dd>"));
        assertTrue(html.contains("<dd id=\"claims\">9</dd>"));
        assertTrue(html.contains("<dd id=\"rejected\">4</dd>"));
        assertTrue(html.contains("<dd id=\"accepted\">5 (1 with warnings)</dd>"), html);
        assertEquals(5, count(html, "<article class=\"card"), "a card for each claim with findings");
        assertTrue(html.contains("<h2>Clean claims (4)</h2>"), html);
        assertFalse(html.contains("id=\"claim-5\""), "clean claims have no card");
    }

    @Test
    void claimDataAndMessagesAreEscapedAndThePageIsSelfContained() throws Exception {
        String nasty = "X<b>&\"'";
        TestFile file = TestFile.professional().claim(TestClaims.professional().claimId(nasty)
                .line("Q4293", "3", "2026-01-05"));
        String html = write(file, c -> new ClaimResult(c, List.of(new Finding("RULE<1>", Severity.REJECT, 1,
                c.lines().get(0).servicePosition(), "<script>alert(1)</script> & fix", "A&B <i>")), "p<"));
        assertFalse(html.contains(nasty));
        assertFalse(html.contains("<b>&"));
        assertFalse(html.contains("<i>"));
        assertEquals(1, count(html, "<script"), "only the page's own filter script");
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("X&lt;b&gt;&amp;&quot;&#39;"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; fix"));
        assertTrue(html.contains("data-rule=\"RULE&lt;1&gt;\""));
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"),
                "a content security policy forbids every other script and every external load");
        for (String external : List.of("http:", "https:", "src=", "<link", "@import", "url(")) {
            assertFalse(html.contains(external), external);
        }
    }

    @Test
    void findingTextIsNotInsideTheBreakAllRule() throws Exception {
        String html = write(SampleFiles.mixed(), Judge.rejecting("C2"));
        String style = between(html, "<style>", "</style>");
        for (String rule : style.split("\n")) {
            if (rule.contains("break-all")) {
                assertTrue(rule.startsWith("ol.segments code{"), "break-all only on segment text: " + rule);
            }
        }
    }
}

package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.testing.TestClaims;
import org.scrub837.testing.TestFile;

/**
 * Renders small HTML reports in headless Chromium and checks the DOM the browser built: the marked
 * segment sits in its claim's card, escaped claim data stays text, the filter script runs under the
 * page's own content security policy, and finding text wraps between words. Skipped without
 * Chromium. The large-file case is {@link HtmlReportLargeFileChromiumTest}.
 */
class HtmlReportWriterChromiumTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsChromium() {
        Chromium.assumeInstalled();
    }

    private Path page(TestFile file, Function<Claim, ClaimResult> judge) throws Exception {
        Path page = dir.resolve("B.report.html");
        try (HtmlReportWriter w = new HtmlReportWriter(page)) {
            List<ClaimResult> results = file.feed(judge, w);
            w.finish(SampleFiles.outcome(results));
        }
        return page;
    }

    @Test
    void browserPlacesTheMarkInsideTheOffendingSegment() throws Exception {
        TestFile file = SampleFiles.mixed();
        int sv1 = file.claims().get(1).lines().get(0).servicePosition();
        String dom = Chromium.dom(page(file, Judge.rejecting("C2")), "", 1000, dir);
        assertTrue(dom.contains("<dd id=\"status\" class=\"status-partial\">partial</dd>"), dom);
        String card = HtmlReportWriterTest.between(dom, "<article class=\"card rejected\" id=\"claim-2\"", "</article>");
        String item = HtmlReportWriterTest.between(card, "<li value=\"" + sv1 + "\" class=\"bad\">", "</li>");
        assertTrue(item.contains("<code>SV1*HC:15271*100.00*UN*1***1</code>"), item);
        assertTrue(item.contains("<span class=\"mark\">" + Judge.REJECT_RULE + "</span>"), item);
    }

    @Test
    void browserKeepsEscapedDataAsText() throws Exception {
        TestFile file = TestFile.professional().claim(TestClaims.professional().claimId("X<script>1</script>")
                .line("Q4293", "3", "2026-01-05"));
        String dom = Chromium.dom(page(file, c -> new ClaimResult(c, List.of(new Finding("R1", Severity.REJECT, 1,
                c.lines().get(0).servicePosition(), "<img src=x onerror=alert(1)>", "A")), "p")), "", 1000, dir);
        assertEquals(1, HtmlReportWriterTest.count(dom, "<script"), "only the page's own script element");
        assertFalse(dom.contains("<img"), "no image element in the DOM");
        assertTrue(dom.contains("X&lt;script&gt;1&lt;/script&gt;"));
        assertTrue(dom.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void filterFromTheAddressShowsOnlyClaimsWithThatRule() throws Exception {
        Path page = page(SampleFiles.mixed(), Judge.rejecting("C2", "C3").warning("C1", "C3"));
        String all = Chromium.dom(page, "", 1000, dir);
        assertFalse(all.contains("<nav id=\"filter\" hidden"), "the script showed the filter");
        String filtered = Chromium.dom(page, "#rule=" + Judge.WARN_RULE, 1000, dir);
        assertTrue(filtered.contains("<article class=\"card warned\" id=\"claim-1\" data-rules=\"" + Judge.WARN_RULE
                + "\">"), filtered);
        assertTrue(filtered.contains("id=\"claim-2\" data-rules=\"" + Judge.REJECT_RULE + "\" hidden=\"\""), filtered);
        assertTrue(filtered.contains("<output>2 of 3 claims shown</output>"), filtered);
    }

    @Test
    void findingWordsWrapWholeAndTheProbeSeesBreakAllWhenItIsThere() throws Exception {
        String message = "Q4293 on line 2 (2025-10-15) carries neither JW nor JZ. For Medicare dates of service"
                + " 2023-07-01 to 2025-12-31 add JZ when nothing was discarded, or bill the discarded units on a"
                + " separate line with JW; one unit is one square centimeter, so bill the centimeters applied.";
        Path page = page(SampleFiles.mixed(), c -> new ClaimResult(c, List.of(new Finding("R1", Severity.REJECT, 1,
                c.lines().get(0).servicePosition(), message, "CMS discarded drugs policy")), "p"));
        String dom = Chromium.dom(Chromium.withProbe(page, "", dir), "", 360, dir);
        assertTrue(Integer.parseInt(Chromium.attribute(dom, "data-words-checked")) > 50, "words were measured");
        assertEquals("0:", Chromium.attribute(dom, "data-words-broken"), "no finding word is broken");
        // the probe itself: with the old inherited rule back, it must see broken words
        String bad = Chromium.dom(Chromium.withProbe(page, "li.finding{word-break:break-all}", dir), "", 360, dir);
        assertFalse(Chromium.attribute(bad, "data-words-broken").startsWith("0:"), "the probe detects break-all");
    }
}

package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.testing.TestClaims;
import org.scrub837.testing.TestFile;

/**
 * Renders the HTML report in headless Chromium and checks the DOM the browser built: the finding
 * sits inside the list item of its segment, and escaped claim data stays text. Skipped when no
 * {@code chromium} is on the PATH (Debian package {@code chromium}).
 */
class HtmlReportWriterChromiumTest {

    @TempDir
    Path dir;

    private static Path chromium() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(p, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private String renderedDom(TestFile file, java.util.function.Function<Claim, ClaimResult> judge) throws Exception {
        Path browser = chromium();
        assumeTrue(browser != null, "chromium not installed");
        Path page = dir.resolve("B.report.html");
        try (HtmlReportWriter w = new HtmlReportWriter(page)) {
            List<ClaimResult> results = file.feed(judge, w);
            w.finish(SampleFiles.outcome(results));
        }
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", page.toUri().toString())
                .redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] dom = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue());
        return new String(dom, StandardCharsets.UTF_8);
    }

    @Test
    void browserPlacesTheFindingInsideItsSegment() throws Exception {
        TestFile file = SampleFiles.mixed();
        int sv1 = file.claims().get(1).lines().get(0).servicePosition();
        String dom = renderedDom(file, Judge.rejecting("C2"));
        assertTrue(dom.contains("<dd id=\"status\" class=\"status-partial\">partial</dd>"), dom);
        String article = HtmlReportWriterTest.between(dom, "<article class=\"claim\" id=\"claim-2\"", "</article>");
        String item = HtmlReportWriterTest.between(article, "<li class=\"segment bad\" data-position=\"" + sv1 + "\">", "</li>");
        assertTrue(item.contains("<div class=\"finding\" data-rule=\"" + Judge.REJECT_RULE + "\" data-severity=\"reject\">"), item);
        assertTrue(item.contains("<code>SV1*HC:15271*100.00*UN*1***1</code>"), item);
    }

    @Test
    void browserKeepsEscapedDataAsText() throws Exception {
        TestFile file = TestFile.professional().claim(TestClaims.professional().claimId("X<script>1</script>")
                .line("Q4293", "3", "2026-01-05"));
        String dom = renderedDom(file, c -> new ClaimResult(c, List.of(new Finding("R1", Severity.REJECT, 1,
                c.lines().get(0).servicePosition(), "<img src=x onerror=alert(1)>", "A")), "p"));
        assertFalse(dom.contains("<script"), "no script element in the DOM");
        assertFalse(dom.contains("<img"), "no image element in the DOM");
        assertTrue(dom.contains("X&lt;script&gt;1&lt;/script&gt;"));
        assertTrue(dom.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}

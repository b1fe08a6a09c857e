package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.bench.Generator837;
import org.scrub837.bench.GeneratorOptions;
import org.scrub837.model.ClaimType;
import org.scrub837.model.FileOutcome;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

/**
 * A generated file with more claims that have findings than the page shows: the page stays within
 * its bound, Chromium renders it to the last card (the safety timeout is generous; no time is
 * asserted), and no finding word is broken. Skipped without Chromium.
 */
class HtmlReportLargeFileChromiumTest {

    /** 10,000 claims: about 1,000 rejected and 1,400 warned, above the 2,000 cards shown. */
    private static final long CLAIMS = 10_000;

    @TempDir
    Path dir;

    @Test
    void pageOfAGeneratedLargeFileStaysBoundedAndRenders() throws Exception {
        Chromium.assumeInstalled();
        Path input = dir.resolve("large.837");
        Generator837.generate(GeneratorOptions.ofClaims(ClaimType.PROFESSIONAL, 1, CLAIMS), input);
        ScrubEngine engine = ScrubEngine.load(Path.of("config"));
        Path out = Files.createDirectories(dir.resolve("out"));
        FileOutcome outcome = engine.scrubber().scrub(input, engine.outputs(out, out, Set.of(ReportFormat.HTML)));
        Path page = out.resolve("large.report.html");
        String html = Files.readString(page);

        ReportLimits limits = ReportLimits.DEFAULT;
        assertTrue(Files.size(page) <= limits.claimBytes() + (64 << 10), "page size " + Files.size(page));
        int cards = HtmlReportWriterTest.count(html, "<article class=\"card");
        assertTrue(cards > 0 && cards <= limits.claims(), "cards " + cards);
        assertEquals(Math.min(outcome.rejected(), cards),
                HtmlReportWriterTest.count(html, "<article class=\"card rejected\""), "rejected claims first");
        assertTrue(html.contains("more claims accepted with warnings are not shown"), "the cap was exceeded");

        String dom = Chromium.dom(Chromium.withProbe(page, "", dir), "", 800, dir);
        String lastCard = html.substring(html.lastIndexOf("<article "), html.indexOf(">", html.lastIndexOf("<article ")));
        assertTrue(dom.contains(lastCard), "the browser built the page to its last card");
        assertTrue(Integer.parseInt(Chromium.attribute(dom, "data-words-checked")) > 1000, "words were measured");
        assertEquals("0:", Chromium.attribute(dom, "data-words-broken"), "no finding word is broken");
    }
}

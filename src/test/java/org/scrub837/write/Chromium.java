package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for the HTML report tests: the DOM the browser built after running the page's
 * script, at a given window width. Tests using it skip when no {@code chromium} is on the PATH
 * (Debian package {@code chromium}; {@code .ci/run} installs it).
 */
final class Chromium {

    /** A safety net only: rendering is expected to take seconds. */
    private static final long TIMEOUT_SECONDS = 180;

    /**
     * A script added to a copy of a page (never to the report itself) that counts, after layout,
     * the words of finding messages that the browser split over two lines. A line break after a
     * hyphen ("15271-" / "15278") is an ordinary break, not a broken word, so hyphens separate words.
     */
    static final String BROKEN_WORD_PROBE = "<script>(function () {"
            + "var checked = 0, broken = [];"
            + "document.querySelectorAll('li.finding p.message').forEach(function (p, i) {"
            + "  if (i >= 400) { return; }"
            + "  var node = p.firstChild; if (!node || node.nodeType !== 3) { return; }"
            + "  var re = /[^\\s-]+/g, m;"
            + "  while ((m = re.exec(node.data)) !== null) {"
            + "    var r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);"
            + "    var tops = {}; Array.prototype.forEach.call(r.getClientRects(), function (x) { tops[Math.round(x.top)] = 1; });"
            + "    checked++; if (Object.keys(tops).length > 1) { broken.push(m[0]); }"
            + "  }"
            + "});"
            + "document.body.setAttribute('data-words-checked', checked);"
            + "document.body.setAttribute('data-words-broken', broken.length + ':' + broken.slice(0, 5).join(' '));"
            + "})();</script>";

    private Chromium() {
    }

    static Path executable() {
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

    static void assumeInstalled() {
        assumeTrue(executable() != null, "chromium not installed");
    }

    /** The DOM after load, of {@code page} opened with the address fragment {@code hash} (may be empty). */
    static String dom(Path page, String hash, int width, Path work) throws Exception {
        Path browser = executable();
        assumeTrue(browser != null, "chromium not installed");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + work.resolve("profile"), "--window-size=" + width + ",2000", "--dump-dom",
                page.toUri() + hash)
                .redirectError(work.resolve("chromium.log").toFile()).start();
        byte[] dom = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue());
        return new String(dom, StandardCharsets.UTF_8);
    }

    /**
     * A copy of the page with the broken-word probe after its own script; the copy's policy also
     * allows inline scripts (the probe), which the report's own policy would block.
     */
    static Path withProbe(Path page, String extraStyle, Path work) throws Exception {
        String html = Files.readString(page);
        html = html.replaceFirst("script-src '[^']*'", "script-src 'unsafe-inline'");
        html = html.replace("</style>", extraStyle + "\n</style>");
        html = html.replace("</body>", BROKEN_WORD_PROBE + "\n</body>");
        Path copy = work.resolve("probed-" + page.getFileName());
        Files.writeString(copy, html);
        return copy;
    }

    /** The probe's result: words checked and broken ("n:first few"). */
    static String attribute(String dom, String name) {
        int at = dom.indexOf(name + "=\"");
        assertTrue(at >= 0, "the probe ran: " + name);
        int from = at + name.length() + 2;
        return dom.substring(from, dom.indexOf('"', from));
    }
}

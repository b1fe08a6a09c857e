package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.testing.TestFile;

/** A failed file's page says in plain words what to do, then the exact reason; it shows no claim. */
class HtmlReportWriterFailedTest {

    @TempDir
    Path dir;

    @Test
    void failedPageGivesAdviceAndNoClaims() throws Exception {
        Path target = dir.resolve("B.report.html");
        String reason = "B.837: segment 27 (position 25 in its transaction): the file ends inside segment 27:"
                + " expected its segment terminator (EDIE005)";
        try (HtmlReportWriter w = new HtmlReportWriter(target)) {
            // claims read before the failure reach the writer, and must not appear
            TestFile.professional().claim(SampleFiles.claim("C1")).feed(Judge.rejecting("C1"), w);
            w.finish(new FileOutcome("B", "B.837", FileStatus.FAILED, "2026.1", 1, 0, 0, List.of(
                    new Finding("X12-FILE", Severity.REJECT, null, 25, reason, "ASC X12 005010 syntax"))));
        }
        String html = Files.readString(target);
        String failure = HtmlReportWriterTest.between(html, "<section id=\"failure\">", "</section>");
        assertTrue(failure.contains("<p class=\"advice\">Re-export the file from your billing system and send it again;"
                + " this copy ends in the middle of segment 27"), failure);
        assertTrue(failure.contains(Html.escape(reason)), failure);
        assertTrue(html.contains("<dt>Claims read before the failure</dt><dd id=\"claims\">1</dd>"), html);
        assertFalse(html.contains("<article"), "no claim card for a failed file");
        assertFalse(html.contains("Rejected claims"), html);
    }
}

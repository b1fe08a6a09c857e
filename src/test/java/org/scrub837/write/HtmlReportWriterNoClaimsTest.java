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

/** A file without claims shows its file findings and no empty claim headings. */
class HtmlReportWriterNoClaimsTest {

    @TempDir
    Path dir;

    @Test
    void noClaimSectionsWithoutClaims() throws Exception {
        Path target = dir.resolve("B.report.html");
        try (HtmlReportWriter w = new HtmlReportWriter(target)) {
            w.finish(new FileOutcome("B", "B.837", FileStatus.ACCEPTED, "2026.1", 0, 0, 0, List.of(
                    new Finding("X12-NO-CLAIMS", Severity.WARN, null, 0, "the file holds no claim", "ASC X12"))));
        }
        String html = Files.readString(target);
        assertTrue(html.contains("<dd id=\"claims\">0</dd>"), html);
        assertTrue(html.contains("the file holds no claim"), html);
        for (String heading : List.of("Rejected claims", "Accepted with warnings", "Clean claims", "Findings by rule",
                "<h2>Claims", "Findings by claim", "<nav")) {
            assertFalse(html.contains(heading), heading);
        }
    }
}

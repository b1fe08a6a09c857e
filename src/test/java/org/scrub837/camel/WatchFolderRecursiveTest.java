package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

import ch.qos.logback.classic.Level;

/**
 * Issue #10, finding 6: subfolders of the inbox are ignored by default and the startup log says so;
 * with {@code scrub.recursive=true} their files are scrubbed and keep their subfolder. Real route.
 */
class WatchFolderRecursiveTest {

    @TempDir
    Path root;

    @Test
    void subfoldersAreIgnoredByDefaultAndTheLogSaysSo() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path sub = Files.createDirectories(root.resolve("inbox/clinic-a"));
        try (LogCapture log = LogCapture.of(WatchFolderService.class);
                RunningService service = RunningService.start(config)) {
            InboxInputs.drop(sub, "deep.837", Files.readAllBytes(Path.of("edi-samples/837P/q4293-clean.edi")));
            InboxInputs.drop(root.resolve("inbox"), "top.837",
                    Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi")));
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/top.837")), 60);
            Thread.sleep(1000); // a few more polls

            assertTrue(Files.exists(sub.resolve("deep.837")), "left where it is");
            assertTrue(log.has(Level.INFO, "subfolders of the inbox are ignored"), log.events().toString());
        }
    }

    @Test
    void withRecursiveSubfolderFilesAreScrubbedIntoTheSameSubfolder() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        InboxInputs.override(config, "scrub.recursive = true");
        Path sub = Files.createDirectories(root.resolve("inbox/clinic-a"));
        try (RunningService service = RunningService.start(config)) {
            InboxInputs.drop(sub, "deep.837", Files.readAllBytes(Path.of("edi-samples/837P/q4293-clean.edi")));
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/clinic-a/deep.837")), 60);

            assertTrue(Files.exists(root.resolve("outbox/clinic-a/deep.clean.837")));
            assertTrue(Files.exists(root.resolve("reports/clinic-a/deep.report.json")));
        }
    }
}

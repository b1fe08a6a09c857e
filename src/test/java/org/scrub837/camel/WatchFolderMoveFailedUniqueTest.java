package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/**
 * Issue #10, finding 2: when something escapes the processor (here the reports folder is replaced
 * by a plain file while the service runs), the route's moveFailed puts the original in the failed
 * folder under a unique name, with its own reason: a second input of the same name replaces
 * neither the first original nor its reason. Drives the real route in this JVM.
 */
class WatchFolderMoveFailedUniqueTest {

    @TempDir
    Path root;

    @Test
    void escapedFailuresOfTheSameNameKeepBothOriginalsAndReasons() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path inbox = root.resolve("inbox");
        Path sample = Path.of("edi-samples/837P/q4293-clean.edi");
        try (RunningService service = RunningService.start(config)) {
            Thread.sleep(500); // started: the folders were checked at startup
            Path reports = root.resolve("reports");
            Files.delete(reports);
            Files.writeString(reports, "not a folder");

            byte[] first = InboxInputs.distinctCopy(sample, 1);
            InboxInputs.drop(inbox, "export.837", first);
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("failed/export.837")), 60);
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("failed/export.837.reason.txt")), 10);
            byte[] firstReason = Files.readAllBytes(root.resolve("failed/export.837.reason.txt"));

            byte[] second = InboxInputs.distinctCopy(sample, 2);
            InboxInputs.drop(inbox, "export.837", second);
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("failed/export.1.837")), 60);

            assertArrayEquals(first, Files.readAllBytes(root.resolve("failed/export.837")));
            assertArrayEquals(firstReason, Files.readAllBytes(root.resolve("failed/export.837.reason.txt")));
            assertArrayEquals(second, Files.readAllBytes(root.resolve("failed/export.1.837")));
            assertTrue(Files.exists(root.resolve("failed/export.1.837.reason.txt")));
        }
    }
}

package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;
import org.scrub837.watch.FolderMonitor;

import ch.qos.logback.classic.Level;

/**
 * Issue #10, findings 5 and 7: a folder that disappears while the service runs is logged at ERROR
 * and turns readiness DOWN (503, naming the setting), while liveness stays UP; readiness comes
 * back when the folder does. A nearly full disk turns readiness DOWN as well.
 */
class WatchFolderHealthDownTest {

    @TempDir
    Path root;

    @Test
    void aDeletedFolderIsLoggedAtErrorAndMakesReadinessDown() throws Exception {
        int port = ServiceHttp.freePort();
        Path config = TestConfig.watchFolder(root, 1);
        InboxInputs.override(config, "scrub.http.port = " + port);
        String base = "http://127.0.0.1:" + port;
        try (LogCapture log = LogCapture.of(FolderMonitor.class);
                RunningService service = RunningService.start(config)) {
            ServiceHttp.awaitStatus(base + "/observe/health/ready", 200, 60);
            assertEquals(200, ServiceHttp.get(base + "/observe/health").statusCode());

            Files.delete(root.resolve("archive"));

            HttpResponse<String> ready = ServiceHttp.awaitStatus(base + "/observe/health/ready", 503, 30);
            assertTrue(ready.body().contains("\"DOWN\""), ready.body());
            assertTrue(ready.body().contains("scrub.archive"), ready.body());
            assertEquals(200, ServiceHttp.get(base + "/observe/health/live").statusCode(), "still alive");
            WatchFolderRouteTest.awaitTrue(() -> log.has(Level.ERROR, "scrub.archive", "is missing"), 30);

            Files.createDirectory(root.resolve("archive"));
            ServiceHttp.awaitStatus(base + "/observe/health/ready", 200, 30);
        }
    }

    @Test
    void aNearlyFullDiskMakesReadinessDown() throws Exception {
        int port = ServiceHttp.freePort();
        Path config = TestConfig.watchFolder(root, 1);
        // more free bytes asked for than any disk has: the same as a disk that is nearly full
        InboxInputs.override(config, "scrub.http.port = " + port, "scrub.minFreeBytes = " + Long.MAX_VALUE);
        String base = "http://127.0.0.1:" + port;
        try (RunningService service = RunningService.start(config)) {
            HttpResponse<String> ready = ServiceHttp.awaitStatus(base + "/observe/health/ready", 503, 60);
            assertTrue(ready.body().contains("scrub.minFreeBytes"), ready.body());
        }
    }
}

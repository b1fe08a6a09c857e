package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/**
 * A readiness check that hangs (as one on a hung file system would) does not hold the answers and is
 * not passed off as current: readiness and the full health answer turn DOWN with a
 * {@code checks-current} check saying how long no check has finished, liveness and metrics still
 * answer 200, and once the check returns readiness is UP again.
 */
class HealthStaleVerdictTest {

    @TempDir
    Path root;

    /** A readiness check that waits until the test lets it go. */
    private static final class HangingCheck extends AbstractHealthCheck {
        private final CountDownLatch release = new CountDownLatch(1);

        HangingCheck() {
            super("test", "hanging");
        }

        @Override
        public boolean isLiveness() {
            return false;
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            builder.up();
        }
    }

    @Test
    void aHangingCheckTurnsReadinessDownSayingSo() throws Exception {
        int port = ServiceHttp.freePort();
        Path config = TestConfig.watchFolder(root, 1);
        InboxInputs.override(config, "scrub.http.port = " + port);
        String base = "http://127.0.0.1:" + port;
        HangingCheck hanging = new HangingCheck();
        try (RunningService service = RunningService.start(config)) {
            ServiceHttp.awaitStatus(base + "/observe/health/ready", 200, 60);
            HealthCheckRegistry.get(service.camelContext()).register(hanging);
            try {
                HttpResponse<String> ready = ServiceHttp.awaitStatus(base + "/observe/health/ready", 503, 60);
                assertTrue(ready.body().contains("\"checks-current\""), ready.body());
                assertTrue(ready.body().contains("one is hanging"), ready.body());
                assertEquals(503, ServiceHttp.get(base + "/observe/health").statusCode(), "every check");
                assertEquals(200, ServiceHttp.get(base + "/observe/health/live").statusCode(), "still alive");
                assertEquals(200, ServiceHttp.get(base + "/observe/metrics").statusCode(), "metrics");
            } finally {
                hanging.release.countDown();
            }
            ServiceHttp.awaitStatus(base + "/observe/health/ready", 200, 60);
        }
    }
}

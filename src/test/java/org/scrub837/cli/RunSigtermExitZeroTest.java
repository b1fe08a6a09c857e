package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.JarProcess;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/** SIGTERM (systemctl stop, kill PID) stops the service cleanly and it exits 0, as run --help says. */
@Tag(ShippedJar.TAG)
class RunSigtermExitZeroTest {

    @Test
    void sigtermAfterWorkExitsZero(@TempDir Path root) throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        try (JarProcess service = JarProcess.start(root, root.resolve("service.log"), Map.of(), List.of("-Xmx256m"),
                "run", "--config", config.toString())) {
            service.await(() -> service.logContains(") started"), "started");
            InboxInputs.drop(root.resolve("inbox"), "claims.837",
                    Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi")));
            service.await(() -> Files.exists(root.resolve("archive/claims.837")), "the file scrubbed");
            assertEquals(0, service.terminate(), service.log());
            assertTrue(service.log().contains("shutdown"), "Camel's clean stop is in the log:\n" + service.log());
        }
    }
}

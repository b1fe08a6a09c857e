package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.JarProcess;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * A relative folder given by SCRUB_INBOX or -Dscrub.reports resolves against the configuration
 * folder for Camel's file consumer too, as the log and the health check say: a file dropped where
 * the log says is picked up, and nothing appears in the working directory.
 */
@Tag(ShippedJar.TAG)
class RunRelativeOverrideFoldersTest {

    @Test
    void relativeOverridesResolveAgainstTheConfigFolder(@TempDir Path root) throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path cwd = Files.createDirectories(root.resolve("cwd"));
        try (JarProcess service = JarProcess.start(cwd, root.resolve("service.log"), Map.of("SCRUB_INBOX", "relin"),
                List.of("-Xmx256m", "-Dscrub.reports=relreports"), "run", "--config", config.toString())) {
            Path inbox = config.resolve("relin");
            service.await(() -> service.logContains("folder scrub.inbox = " + inbox), "startup log names the inbox");
            service.await(() -> service.logContains(") started"), "started");
            InboxInputs.drop(inbox, "claims.837", Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi")));
            service.await(() -> Files.exists(root.resolve("archive/claims.837")), "the file dropped in " + inbox);
            assertTrue(Files.exists(config.resolve("relreports/claims.report.json")), service.log());
            try (Stream<Path> s = Files.list(cwd)) {
                assertEquals(List.of(), s.toList(), "nothing in the working directory");
            }
        }
    }
}

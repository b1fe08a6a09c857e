package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * With the store on and no patient key secret in the environment, the service does not start: exit
 * 64 and one line naming the variable (before any connection is tried: no database needed).
 */
@Tag(ShippedJar.TAG)
class RunStoreWithoutPatientKeySecretTest {

    @Test
    void refusedWithExit64AndOneLine(@TempDir Path root) throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Files.writeString(config.resolve("application.properties"),
                "\nscrub.jdbc.url = jdbc:postgresql://127.0.0.1:1/none\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-Xmx128m"), "run", "--config",
                config.toString()));
        pb.environment().remove("SCRUB_PATIENT_KEY_SECRET");
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("out.log").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the service did not exit");
        String log = Files.readString(root.resolve("out.log"));
        assertEquals(ExitCodes.USAGE, p.exitValue(), log);
        List<String> lines = log.lines().filter(l -> l.startsWith("scrub837: ")).toList();
        assertEquals(1, lines.size(), log);
        assertTrue(lines.get(0).contains("SCRUB_PATIENT_KEY_SECRET"), lines.get(0));
        assertFalse(log.contains("\tat "), log);
    }
}

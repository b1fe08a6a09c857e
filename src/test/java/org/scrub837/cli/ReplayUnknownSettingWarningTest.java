package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.JarProcess;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * A misspelt setting is not silently ignored: an unknown SCRUB_* variable, scrub.* key of a file
 * or -D property is a warning naming the closest known key. The variables the *Env settings name
 * hold secrets, not settings: they are neither warned about nor printed.
 */
@Tag(ShippedJar.TAG)
class ReplayUnknownSettingWarningTest {

    @Test
    void unknownKeysAreWarnedWithTheClosestKnownOne(@TempDir Path root) throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Files.writeString(config.resolve("application.properties"), "\nscrub.formatz = json\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Map<String, String> env = Map.of("SCRUB_READLOCKMINAEG", "100", "SCRUB_JDBC_PASSWORD", "topsecret-value-1");
        try (JarProcess replay = JarProcess.start(root, root.resolve("replay.log"), env,
                List.of("-Xmx256m", "-Dscrub.consumer=3"), "replay", "--config", config.toString(), "--out",
                root.resolve("out").toString(), Path.of("edi-samples/837P/q4293-clean.edi").toAbsolutePath().toString())) {
            assertEquals(0, replay.exitStatus(), replay.log());
            String log = replay.log();
            assertTrue(log.contains("unknown setting SCRUB_READLOCKMINAEG (from the environment) is ignored; the"
                    + " closest known one is scrub.readLockMinAge"), log);
            assertTrue(log.contains("unknown setting scrub.formatz") && log.contains("closest known one is scrub.formats"),
                    log);
            assertTrue(log.contains("unknown setting scrub.consumer (from a system property)")
                    && log.contains("closest known one is scrub.consumers"), log);
            assertFalse(log.contains("SCRUB_JDBC_PASSWORD") || log.contains("topsecret-value-1"), log);
        }
    }
}

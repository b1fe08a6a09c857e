package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.JarProcess;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * Every command answers --version (and -V) with the build and the rule set, and the rule set is the
 * one of the --config folder given with it.
 */
@Tag(ShippedJar.TAG)
class CliVersionEveryCommandTest {

    @TempDir
    Path root;

    private String run(String... args) throws Exception {
        Path log = Files.createTempFile(root, "out", ".log");
        try (JarProcess p = JarProcess.start(root, log, Map.of(), List.of("-Xmx128m"), args)) {
            assertEquals(0, p.exitStatus(), p.log());
            return p.log();
        }
    }

    @Test
    void replayRunAndTopLevelPrintTheVersionOfTheGivenConfig() throws Exception {
        Path config = root.resolve("other-config");
        TestConfig.copyTree(Path.of("config"), config);
        Path rules = config.resolve("rules.yaml");
        String text = Files.readString(rules, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(?m)^ruleSetVersion:.*$", "ruleSetVersion: \"1999.1.0-test\"");
        Files.writeString(rules, changed, StandardCharsets.UTF_8);

        String replay = run("replay", "--version");
        assertTrue(replay.startsWith("scrub837 ") && replay.contains("rule set"), replay);
        String run = run("run", "-V");
        assertTrue(run.startsWith("scrub837 ") && run.contains("rule set"), run);
        String top = run("--version", "--config", config.toString());
        assertTrue(top.contains("rule set 1999.1.0-test"), top);
        String explain = run("explain", "--version", "--config", config.toString());
        assertTrue(explain.contains("rule set 1999.1.0-test"), explain);
    }
}

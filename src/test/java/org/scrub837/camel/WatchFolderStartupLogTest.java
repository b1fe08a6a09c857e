package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.rules.RuleSet;
import org.scrub837.testing.TestConfig;

import ch.qos.logback.classic.Level;

/** Issue #10, finding 6: the startup log names every folder (by its setting) and the rule-set version. */
class WatchFolderStartupLogTest {

    @TempDir
    Path root;

    @Test
    void startupLogNamesEveryFolderAndTheRuleSetVersion() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        String version = RuleSet.load(config).version();
        try (LogCapture log = LogCapture.of(WatchFolderService.class)) {
            WatchFolderService.createMain(config);

            assertTrue(log.has(Level.INFO, "rule set version " + version), log.events().toString());
            for (String folder : new String[] {"inbox", "outbox", "reports", "archive", "failed", "state"}) {
                assertTrue(log.has(Level.INFO, "scrub." + folder, root.resolve(folder).toString()), folder);
            }
        }
    }
}

package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrub837.testing.ShippedJar;

/**
 * A configured key source that yields no key (the variable unset, or empty) stops the service with
 * exit 64 and one line naming the variable, on the loopback address too: the API never runs open
 * because a secret went missing.
 */
@Tag(ShippedJar.TAG)
class ApiKeySourceFailClosedTest {

    @ParameterizedTest
    @ValueSource(strings = {"unset", "empty"})
    void serviceRefusesToStart(String how, @TempDir Path root) throws Exception {
        Map<String, String> env = how.equals("empty") ? Map.of("SCRUB_TEST_API_KEY", "") : Map.of();
        try (ApiServiceProcess service = ApiServiceProcess.start(root,
                List.of("scrub.api.keyEnv = SCRUB_TEST_API_KEY"), env)) {
            assertEquals(64, service.awaitExit(), service.log());
            String log = service.log();
            List<String> lines = log.lines().filter(l -> l.startsWith("scrub837: ")).toList();
            assertEquals(1, lines.size(), log);
            assertTrue(lines.get(0).contains("SCRUB_TEST_API_KEY"), lines.get(0));
            assertFalse(log.contains("\tat "), "no stack trace: " + log);
        }
    }
}

package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.store.ClaimStore;
import org.scrub837.store.StoreSettings;
import org.scrub837.store.TestDatabase;
import org.scrub837.testing.TestConfig;

/** `history CLAIM_ID`: when the service scrubbed a claim and with what outcome; exit 0, 1 or 64. */
class HistoryCommandAnswerTest {

    @TempDir
    Path root;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int history(String... args) {
        var cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        return cl.execute(args);
    }

    @Test
    void recordedClaimsAreListedWithTheirOutcome() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            Path config = TestConfig.watchFolder(root, 1);
            Files.writeString(config.resolve("application.properties"), "\n" + StoreSettings.URL + " = " + tdb.url()
                    + "\n" + StoreSettings.USER + " = " + tdb.user() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            ScrubEngine engine = ScrubEngine.load(config);
            ClaimStore.open(engine.settings().properties(), TestDatabase.environment()).orElseThrow().attachTo(engine, true);
            Path out = Files.createDirectories(root.resolve("out"));
            engine.scrubber().scrub(Path.of("edi-samples/837P/multi-claim-mixed.edi"),
                    engine.outputs(out, out, Set.of(ReportFormat.JSON)));

            assertEquals(0, history("history", "--config", config.toString(), "PCN-P-M1"), stderr.toString());
            assertTrue(stdout.toString().startsWith("PCN-P-M1: "), stdout.toString());
            assertTrue(stdout.toString().contains("accepted, sent in multi-claim-mixed.clean.837"), stdout.toString());

            stdout.getBuffer().setLength(0);
            assertEquals(0, history("history", "--config", config.toString(), "PCN-P-M2"), stderr.toString());
            assertTrue(stdout.toString().contains("rejected (Q4293-UNITS)"), stdout.toString());

            stdout.getBuffer().setLength(0);
            assertEquals(1, history("history", "--config", config.toString(), "NO-SUCH-CLAIM"));
            assertTrue(stdout.toString().contains("never scrubbed"), stdout.toString());
        }
    }

    @Test
    void withoutADatabaseItSaysSoAndExits64() {
        assertEquals(64, history("history", "PCN-P-001"));
        assertTrue(stderr.toString().contains("scrub.jdbc.url"), stderr.toString());
    }
}

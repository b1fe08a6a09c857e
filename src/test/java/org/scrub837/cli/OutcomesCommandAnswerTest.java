package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.responses.ResponseStoreFixture;
import org.scrub837.store.StoreSettings;
import org.scrub837.store.TestDatabase;
import org.scrub837.testing.TestConfig;

/** `outcomes`: the figures from the store, exit 0; 64 without a database. `history` shows the payer's answers. */
class OutcomesCommandAnswerTest {

    @TempDir
    Path root;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        var cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        return cl.execute(args);
    }

    @Test
    void withoutADatabaseItSaysTheStoreIsNeededAndExits64() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);

        assertEquals(64, run("outcomes", "--config", config.toString()));
        assertTrue(stderr.toString().contains("scrub.jdbc.url") && stderr.toString().contains("need the store"),
                stderr.toString());
    }

    @Test
    void figuresAndThePayersAnswersArePrinted() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            Path config = TestConfig.watchFolder(root, 1);
            Files.writeString(config.resolve("application.properties"), "\n" + StoreSettings.URL + " = " + tdb.url()
                    + "\n" + StoreSettings.USER + " = " + tdb.user() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            ResponseStoreFixture.forwardAndAnswer(tdb.open(), root);

            assertEquals(0, run("outcomes", "--config", config.toString(), "--payer", "00952", "--html",
                    root.resolve("page.html").toString()), stderr.toString());
            String text = stdout.toString();
            assertTrue(text.contains("00952            all                4         1         1         2    25.0%"), text);
            assertTrue(text.contains("  277CA A7:255: 1 claim(s); rule miss, would have been caught by IG-CODE"), text);
            assertTrue(text.contains("    R2 payer 00952 (A7:255:41) from r.277ca"), text);
            assertTrue(text.contains("Responses that matched nothing we forwarded: 0"), text);
            String page = Files.readString(root.resolve("page.html"));
            assertTrue(page.contains("<td>25.0%</td>") && page.contains("rule miss: IG-CODE"), page);

            stdout.getBuffer().setLength(0);
            assertEquals(0, run("outcomes", "--config", config.toString(), "--since", "2099-01-01"), stderr.toString());
            assertTrue(stdout.toString().contains("all              all                0         0         0         0        -"),
                    stdout.toString());

            // history: the claim was never scrubbed here (recorded directly), so it answers 1 and shows nothing
            stdout.getBuffer().setLength(0);
            assertEquals(1, run("history", "--config", config.toString(), "R2"));
        }
    }
}

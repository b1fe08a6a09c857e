package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.refdata.ReferenceKind;
import org.scrub837.testing.TestConfig;

import picocli.CommandLine;

/**
 * {@code scrub837 data}: its help names every kind this build installs and its subcommands; an
 * unknown kind is a usage error naming the known ones; {@code data list} on the shipped
 * configuration says that no edition is installed and how to install one.
 */
class DataCommandHelpTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void helpNamesEveryKindAndSubcommand() {
        assertEquals(0, run("data", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        for (ReferenceKind k : ReferenceKind.values()) {
            assertTrue(help.contains(" " + k.id() + ",") || help.contains(" " + k.id() + "."), k.id() + " in " + help);
        }
        for (String sub : new String[] {"list", "install", "verify", "remove", "impact"}) {
            assertTrue(help.contains(" " + sub + " "), sub + " in " + help);
        }
    }

    @Test
    void anUnknownKindIsAUsageErrorNamingTheKnownOnes() {
        assertEquals(ExitCodes.USAGE, run("data", "install", "ptp", "file.zip", "--config", "config"));
        assertEquals("scrub837: unknown kind 'ptp' (known: " + ReferenceKind.ids() + ")\n", err.toString());
    }

    @Test
    void listOnTheShippedConfigurationSaysNoneIsInstalled() throws Exception {
        Path config = dir.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);

        assertEquals(0, run("data", "list", "--config", config.toString()));
        assertEquals("No reference editions installed in " + config.resolve("reference-data") + ". Install one with:\n"
                + "  java -jar scrub837.jar data install KIND FILE|URL   (kinds: " + ReferenceKind.ids() + ")\n",
                out.toString());
    }
}

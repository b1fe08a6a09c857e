package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrub837.rules.RuleSet;

import picocli.CommandLine;

/** The command line explains itself: version, a help command, examples, run's keys and signals. */
class CliHelpAndVersionTest {

    private final StringWriter stdout = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void versionIsThePomsAndTheRuleSets() throws Exception {
        Matcher pom = Pattern.compile("<artifactId>scrub837</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find());
        assertEquals(0, run("--version"));
        assertEquals("scrub837 " + pom.group(1) + "\nrule set " + RuleSet.load(Path.of("config")).version()
                + " (config/rules.yaml)\n", stdout.toString());
    }

    @Test
    void helpCommandAndTopLevelHelpSayNoCommandMeansRun() {
        assertEquals(0, run("help"));
        String help = stdout.toString();
        assertTrue(help.contains("Without a command, scrub837 runs 'run'"), help);
        assertTrue(help.contains("Exit status: 0 every claim accepted"), help);
        assertTrue(help.contains("  help "), help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "replay", "explain"})
    void everyCommandsHelpHasExamples(String command) {
        assertEquals(0, run("help", command));
        String help = stdout.toString();
        assertTrue(help.startsWith("Usage: scrub837 " + command), help);
        assertTrue(help.contains("Examples:\n  java -jar scrub837.jar " + (command.equals("run") ? "" : command)), help);
    }

    @Test
    void runHelpNamesFolderKeysOverridesSignalsAndExitStatuses() {
        assertEquals(0, run("run", "--help"));
        String help = stdout.toString();
        for (String key : new String[] {"scrub.inbox", "scrub.outbox", "scrub.reports", "scrub.archive", "scrub.failed",
                "scrub.state", "-Dscrub.inbox=", "SCRUB_INBOX=", "SIGTERM", "Ctrl-C", "Exit status: 0 stopped",
                "64 the configuration"}) {
            assertTrue(help.contains(key), key + " in:\n" + help);
        }
    }
}

package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The progress line goes to standard error when asked, never to standard output; with the default
 * (auto) and standard error not a terminal (as in this test JVM, whose stderr is a pipe) there is none.
 */
class ReplayProgressModeTest {

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int replay(String... options) {
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        String[] args = new String[options.length + 5];
        args[0] = "replay";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--out";
        args[options.length + 2] = out.toString();
        args[options.length + 3] = "--formats=json";
        args[options.length + 4] = "edi-samples/837P/multi-claim-mixed.edi";
        return cl.execute(args);
    }

    @Test
    void alwaysDrawsOnStandardErrorOnly() {
        assertEquals(1, replay("--progress", "always"));
        assertTrue(stderr.toString().contains("scrub837: 0.0 MB of 0.0 MB"), stderr.toString());
        assertEquals("multi-claim-mixed.edi: partial (4 claims: 2 accepted, 2 rejected)\n", stdout.toString());
    }

    @Test
    void autoWithoutATerminalDrawsNothing() {
        assertFalse(TerminalProgress.stderrIsTerminal(), "this test needs a standard error that is not a terminal");
        assertEquals(1, replay());
        assertEquals("", stderr.toString());
        assertEquals("multi-claim-mixed.edi: partial (4 claims: 2 accepted, 2 rejected)\n", stdout.toString());
    }

    @Test
    void neverDrawsNothing() {
        assertEquals(1, replay("--progress", "never"));
        assertEquals("", stderr.toString());
    }
}

package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

import picocli.CommandLine;

/**
 * Issue #10, finding 5: a folder that cannot be created or written stops {@code run} at once with
 * exit 64 and one line naming the setting and the folder, instead of a warning and a service that
 * watches nothing; so does an HTTP port already in use (instead of a service without endpoints).
 */
class RunRefusesUnusableFolderTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @CsvSource({"scrub.inbox, /dev/null/inbox", "scrub.reports, FILE", "scrub.state, FILE/state"})
    void anUnusableFolderExits64WithOneLine(String key, String folder) throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path file = Files.writeString(root.resolve("a-file"), "not a folder");
        InboxInputs.override(config, key + " = " + folder.replace("FILE", file.toString()));
        StringWriter err = new StringWriter();
        CommandLine cl = Scrub837.commandLine();
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("run", "--config", config.toString());

        assertEquals(ExitCodes.USAGE, exit, err.toString());
        String text = err.toString().strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains(key) && text.contains(folder.replace("FILE", file.toString())), text);
    }

    @Test
    void aPortInUseExits64WithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path config = TestConfig.watchFolder(root, 1);
            InboxInputs.override(config, "scrub.http.port = " + taken.getLocalPort());
            StringWriter err = new StringWriter();
            CommandLine cl = Scrub837.commandLine();
            cl.setErr(new PrintWriter(err));

            int exit = cl.execute("run", "--config", config.toString());

            assertEquals(ExitCodes.USAGE, exit, err.toString());
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertTrue(err.toString().contains("scrub.http.port") && err.toString().contains(":" + taken.getLocalPort()),
                    err.toString());
        }
    }
}

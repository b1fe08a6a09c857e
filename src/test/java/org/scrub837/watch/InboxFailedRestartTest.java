package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/**
 * A failed file whose reason was written but which was not moved yet (killed) is sent to the same
 * failed name after the restart, replacing only its own reason; a different input of that name
 * arriving later gets the next name and keeps the first reason.
 */
class InboxFailedRestartTest {

    @TempDir
    Path root;

    @Test
    void aRestartReusesItsOwnFailedNameAndAnotherInputDoesNot() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path input = root.resolve("inbox/scan.pdf");
        Files.write(input, InboxInputs.notAnEdiFile(1));
        Path first = new InboxFileHandler(ScrubEngine.load(config)).handle(input).destination(); // killed here

        InboxFileHandler restarted = new InboxFileHandler(ScrubEngine.load(config));
        Path again = restarted.handle(input).destination();
        Files.move(input, again);
        String reason = Files.readString(root.resolve("failed/scan.pdf.reason.txt"));
        Files.write(input, InboxInputs.notAnEdiFile(2));
        Path other = restarted.handle(input).destination();

        assertEquals(root.resolve("failed/scan.pdf").toAbsolutePath(), first);
        assertEquals(first, again, "the same name after the restart");
        assertEquals(root.resolve("failed/scan.1.pdf").toAbsolutePath(), other);
        assertEquals(reason, Files.readString(root.resolve("failed/scan.pdf.reason.txt")));
        assertTrue(Files.exists(root.resolve("failed/scan.1.pdf.reason.txt")));
    }
}

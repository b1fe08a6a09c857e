package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.TestConfig;

/**
 * Issue #10, finding 1 for the duplicate notes: a second skipped duplicate of the same name gets
 * its own note instead of replacing the first one's; the same file handled again after a restart
 * (never moved) replaces its own note.
 */
class InboxDuplicateNoteUniqueTest {

    @TempDir
    Path root;

    private InboxFileHandler handler;
    private Path sample;

    @BeforeEach
    void setUp() throws Exception {
        handler = new InboxFileHandler(ScrubEngine.load(TestConfig.watchFolder(root, 1)));
        sample = Path.of("edi-samples/837P/q4293-clean.edi");
        Path first = root.resolve("inbox/first.837");
        Files.copy(sample, first);
        Files.move(first, handler.handle(first).destination());
    }

    @Test
    void aSecondDuplicateOfTheSameNameGetsItsOwnNote() throws Exception {
        Path again = root.resolve("inbox/again.837");
        Files.copy(sample, again);
        Files.move(again, handler.handle(again).destination());
        byte[] firstNote = Files.readAllBytes(root.resolve("reports/again.837.duplicate.txt"));
        Files.copy(sample, again);

        Path destination = handler.handle(again).destination();

        assertEquals(root.resolve("archive/again.1.837").toAbsolutePath(), destination);
        assertEquals(new String(firstNote), Files.readString(root.resolve("reports/again.837.duplicate.txt")));
        assertTrue(Files.readString(root.resolve("reports/again.837.duplicate.1.txt")).contains("again.1.837"));
    }

    @Test
    void theSameDuplicateHandledAgainAfterARestartReplacesItsOwnNote() throws Exception {
        Path again = root.resolve("inbox/again.837");
        Files.copy(sample, again);
        handler.handle(again); // killed before the move

        new InboxFileHandler(ScrubEngine.load(root.resolve("config"))).handle(again);

        assertTrue(Files.exists(root.resolve("reports/again.837.duplicate.txt")));
        assertTrue(Files.notExists(root.resolve("reports/again.837.duplicate.1.txt")), "no second note");
    }
}

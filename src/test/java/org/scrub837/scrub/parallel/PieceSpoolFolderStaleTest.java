package org.scrub837.scrub.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spool folder whose scrub died (its lock file no longer locked) is removed at start-up with the
 * claim data in it; one a running scrub holds is left alone; closing a folder removes it.
 */
class PieceSpoolFolderStaleTest {

    @TempDir
    Path parent;

    @Test
    void folderOfADeadScrubIsRemoved() throws Exception {
        Path dead = Files.createDirectory(parent.resolve(PieceSpoolFolder.PREFIX + "killed"));
        Files.writeString(dead.resolve("0.piece"), "claim data");
        Files.createFile(dead.resolve(PieceSpoolFolder.LOCK));
        Path withoutLock = Files.createDirectory(parent.resolve(PieceSpoolFolder.PREFIX + "older"));
        Files.writeString(withoutLock.resolve("3.piece"), "claim data");
        Path unrelated = Files.createDirectory(parent.resolve("someone-else"));

        assertEquals(2, PieceSpoolFolder.removeStale(parent, Duration.ZERO));

        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(withoutLock));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void recentFolderIsLeftForItsScrubToLock() throws Exception {
        Path starting = Files.createDirectory(parent.resolve(PieceSpoolFolder.PREFIX + "starting"));

        assertEquals(0, PieceSpoolFolder.removeStale(parent));

        assertTrue(Files.exists(starting));
    }

    @Test
    void folderOfARunningScrubIsKeptUntilClosed() throws Exception {
        try (PieceSpoolFolder running = PieceSpoolFolder.create(parent)) {
            Files.writeString(running.path().resolve("0.piece"), "claim data");

            assertEquals(0, PieceSpoolFolder.removeStale(parent, Duration.ZERO));
            assertTrue(Files.exists(running.path().resolve("0.piece")));
        }
        try (var left = Files.list(parent)) {
            assertEquals(0, left.count(), "closing removes the folder");
        }
    }
}

package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record is readable at once (the consumer does not wait for the disk) and is then synced by the
 * state-sync thread, which goes on after a file it could not sync.
 */
class StateSyncAfterRecordTest {

    private static final String HASH = "d".repeat(64);

    @TempDir
    Path dir;

    @Test
    void recordIsSeenAtOnceAndThenSyncedEvenAfterAFileThatVanished() throws Exception {
        Path file = dir.resolve("seen-files.tsv");
        SeenFiles seen = new SeenFiles(file);
        // a file removed before its sync (a state folder replaced): the syncer must not stop on it
        long first = StateSync.syncs();
        StateSync.request(dir.resolve("gone.tsv"));
        assertTrue(awaitSyncsAfter(first), "the state-sync thread tried the vanished file");
        long before = StateSync.syncs();

        seen.record(HASH, "first.837");

        assertEquals("first.837", new SeenFiles(file).nameOf(HASH), "another reader sees the record before any sync");
        assertTrue(awaitSyncsAfter(before), "the state-sync thread synced the record");
    }

    /** Waits (at most a minute: a liveness check, not a timing one) until a sync after {@code before} was made. */
    private static boolean awaitSyncsAfter(long before) throws InterruptedException {
        for (int i = 0; i < 6_000; i++) {
            if (StateSync.syncs() > before) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }
}

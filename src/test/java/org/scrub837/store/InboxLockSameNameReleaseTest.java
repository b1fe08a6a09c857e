package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox lock names the file it locks, and a release removes only its own acquisition, in the order
 * Camel's {@code idempotent-changed} read lock calls the repository when two files of one name follow
 * each other: node A scrubs the first {@code weekly.837} and moves it (its release is delayed); a
 * second {@code weekly.837} arrives; node B's take of it fails while A holds it, and Camel then calls
 * remove on abort; A's delayed release of the first file comes while A holds the second. Before the
 * lock named the file (its key was the path) A's abort removed its own pending row and the delayed
 * release removed A's lock on the second file, so B took a file A was scrubbing.
 */
class InboxLockSameNameReleaseTest {

    @TempDir
    Path inbox;

    @Test
    void releaseOfTheEarlierFileNeverFreesTheLaterOne() throws Exception {
        try (TestDatabase tdb = TestDatabase.create(); CamelContext camel = new DefaultCamelContext()) {
            Database db = tdb.open();
            InboxLockRepository nodeA = new InboxLockRepository(db, "scrub-inbox", 30_000, 1_000);
            InboxLockRepository nodeB = new InboxLockRepository(db, "scrub-inbox", 30_000, 1_000);
            Path weekly = inbox.resolve("weekly.837");
            String key = weekly.toAbsolutePath().toString();
            Files.writeString(weekly, "first weekly export");

            Exchange firstOnA = new DefaultExchange(camel);
            assertTrue(nodeA.add(firstOnA, key), "A takes the first weekly.837");
            Exchange firstOnB = new DefaultExchange(camel);
            assertFalse(nodeB.add(firstOnB, key), "B cannot take it");
            assertFalse(nodeB.remove(firstOnB, key), "B's release on abort holds nothing, removes nothing");
            assertEquals(1, tdb.count("SELECT COUNT(*) FROM scrub_inbox_lock"), "A's lock stands");

            // A moves the first file to the archive (its lock is released later); the second arrives
            Path archived = Files.createDirectories(inbox.resolve("archive")).resolve("weekly.837");
            Files.move(weekly, archived);
            Files.writeString(weekly, "second weekly export, another week");

            Exchange secondOnA = new DefaultExchange(camel);
            assertTrue(nodeA.add(secondOnA, key), "the second file is another lock: A takes it");
            Exchange secondOnB = new DefaultExchange(camel);
            assertFalse(nodeB.add(secondOnB, key), "B cannot take the second file while A holds it");
            assertFalse(nodeB.remove(secondOnB, key));

            assertTrue(nodeA.remove(firstOnA, key), "A's delayed release of the first file");
            Exchange again = new DefaultExchange(camel);
            assertFalse(nodeB.add(again, key), "the release of the first file did not free the second");
            assertEquals(1, tdb.count("SELECT COUNT(*) FROM scrub_inbox_lock"));
            assertEquals(1, tdb.count("SELECT COUNT(*) FROM scrub_inbox_lock WHERE file_size = "
                    + Files.size(weekly)), "the lock names the second file: its size");

            assertTrue(nodeA.remove(secondOnA, key));
            assertFalse(nodeA.remove(secondOnA, key), "released once");
            assertEquals(0, tdb.count("SELECT COUNT(*) FROM scrub_inbox_lock"));
        }
    }
}

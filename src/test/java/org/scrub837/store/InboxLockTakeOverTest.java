package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The shared inbox lock: a file held by a live node is not taken; the file of a node that stopped
 * refreshing is taken over after the maximum age; a node releases only its own files.
 */
class InboxLockTakeOverTest {

    private static final String FILE = "/data/inbox/claims.837";

    @Test
    void liveHolderKeepsTheFileAndADeadOneLosesIt() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            Database db = tdb.open();
            InboxLockRepository nodeA = new InboxLockRepository(db, "scrub-inbox", 1_500, 300);
            InboxLockRepository nodeB = new InboxLockRepository(db, "scrub-inbox", 1_500, 300);
            nodeA.start();
            try {
                assertTrue(nodeA.add(FILE));
                assertFalse(nodeB.add(FILE), "held by a live node");
                assertTrue(nodeB.contains(FILE));
                Thread.sleep(2_000); // A keeps refreshing
                assertFalse(nodeB.add(FILE), "still held: A refreshed it");
                assertFalse(nodeB.remove(FILE), "B cannot release A's file");
            } finally {
                nodeA.stop(); // an orderly stop frees A's files
            }
            assertTrue(nodeB.add(FILE), "freed by A's stop");
            assertTrue(nodeB.remove(FILE));
            // a node that died: its row stays, no longer refreshed
            tdb.update("INSERT INTO scrub_inbox_lock VALUES ('scrub-inbox', 'x', gen_random_uuid(), now())");
            tdb.update("UPDATE scrub_inbox_lock SET refreshed_at = clock_timestamp() - interval '2 seconds'"
                    + " WHERE message_id = 'x'");
            assertTrue(nodeB.add("x"), "a row not refreshed for the maximum age is taken over");
            assertTrue(nodeB.remove("x"));
            assertEquals(0, tdb.count("SELECT COUNT(*) FROM scrub_inbox_lock"));
        }
    }
}

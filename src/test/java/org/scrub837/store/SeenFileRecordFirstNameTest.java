package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The shared record of contents processed: unknown until recorded, and the first name stays. */
class SeenFileRecordFirstNameTest {

    private static final String HASH = "ab".repeat(32);

    @Test
    void firstRecordedNameWinsAcrossNodes() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            SeenFileRecord nodeA = new SeenFileRecord(tdb.open());
            SeenFileRecord nodeB = new SeenFileRecord(tdb.open());
            assertNull(nodeA.nameOf(HASH));
            nodeA.record(HASH, "first.837");
            nodeB.record(HASH, "second.837");
            assertEquals("first.837", nodeB.nameOf(HASH));
            assertEquals("first.837", nodeA.nameOf(HASH));
        }
    }
}

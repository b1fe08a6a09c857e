package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.FileOutcome;

/** The service records each scrubbed claim's key facts, once per submission, and no names or ids. */
class ClaimHistoryRecordTest {

    private static final Path MIXED = Path.of("edi-samples/837P/multi-claim-mixed.edi");
    private static final Path CLEAN = Path.of("edi-samples/837P/q4293-clean.edi");

    @TempDir
    Path root;

    @Test
    void everyClaimIsRecordedWithItsOutcomeOncePerSubmission() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            ClaimStore store = tdb.store(null);
            StoreScrubs scrubs = new StoreScrubs(root, store, true);
            FileOutcome outcome = scrubs.scrub(MIXED);
            scrubs.scrub(MIXED); // a restart scrubbing the same file again replaces its rows
            assertEquals(outcome.claims(), tdb.count("SELECT COUNT(*) FROM scrub_claim_history"));
            assertEquals(outcome.accepted(),
                    tdb.count("SELECT COUNT(*) FROM scrub_claim_history WHERE outcome = 'accepted'"));
            assertEquals(outcome.rejected(), tdb.count("SELECT COUNT(*) FROM scrub_claim_history"
                    + " WHERE outcome = 'rejected' AND rejecting_rules <> ''"));
            List<ClaimHistory.Entry> m1 = store.history().byClaimId("PCN-P-M1", 10);
            assertEquals(1, m1.size());
            assertEquals("multi-claim-mixed", m1.get(0).fileName());
        }
    }

    @Test
    void noNameMemberIdOrBirthDateReachesTheDatabase() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            new StoreScrubs(root, tdb.store(null), true).scrub(CLEAN);
            StringBuilder all = new StringBuilder();
            try (Connection c = tdb.open().connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM scrub_claim_history")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        all.append(rs.getString(i)).append('|');
                    }
                }
            }
            assertTrue(all.toString().contains("PCN-P-001"));
            for (String phi : new String[] {"DOE", "JANE", "1EG4TE5MK72", "19500101", "1950-01-01", "ELM STREET"}) {
                assertFalse(all.toString().contains(phi), phi);
            }
        }
    }

    @Test
    void anAbandonedRunLeavesNoRows() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            ClaimStore store = tdb.store(null);
            StoreScrubs scrubs = new StoreScrubs(root, store, false);
            scrubs.scrub(CLEAN);
            UUID run = UUID.randomUUID();
            store.history().record(run, "x", List.of(ClaimFactsOf.first(CLEAN)));
            assertEquals(1, tdb.count("SELECT COUNT(*) FROM scrub_claim_history"));
            store.history().discard(run);
            assertEquals(0, tdb.count("SELECT COUNT(*) FROM scrub_claim_history"));
        }
    }
}

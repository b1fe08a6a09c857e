package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The schema is applied once however many nodes open the store, at once or one after another. */
class SchemaMigrationsRepeatTest {

    @Test
    void nodesOpeningTogetherApplyEachVersionOnce() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<Database>> opened = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    opened.add(pool.submit(tdb::open));
                }
                for (Future<Database> f : opened) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            tdb.open(); // and once more, later
            assertEquals(SchemaMigrations.FILES.size(), tdb.count("SELECT COUNT(*) FROM scrub_schema_version"));
            assertEquals(0, tdb.count("SELECT COUNT(*) FROM scrub_claim_history"));
            assertEquals(0, tdb.count("SELECT COUNT(*) FROM scrub_seen_file"));
            assertEquals(0, tdb.count("SELECT COUNT(*) FROM scrub_inbox_lock"));
        }
    }
}

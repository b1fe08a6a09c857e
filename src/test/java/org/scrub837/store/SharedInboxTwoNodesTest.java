package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;
import org.scrub837.watch.InboxFileHandler;

/**
 * Two nodes on one inbox and one PostgreSQL store, in one JVM: two handlers with state folders of
 * their own, each with its own store connection and node id, over shared inbox and output folders.
 * Identical content under two names handled by the two nodes at the same instant is scrubbed once and
 * the other copy gets the duplicate note; a node killed between its report's commit and its clean 837's
 * commit is taken over by the other, which removes what the dead node left before it writes the same
 * base again, so that no report stands without its 837s, no temporary file is left and the report's
 * {@code archivedAs} is where the original goes.
 */
class SharedInboxTwoNodesTest {

    @TempDir
    Path root;

    /** A node: its handler over the shared folders, with a state folder of its own. */
    private InboxFileHandler node(TestDatabase tdb, String name, String... settings) throws Exception {
        Path config = root.resolve("config-" + name);
        if (!Files.exists(root.resolve("config"))) {
            TestConfig.watchFolder(root, 1);
        }
        TestConfig.copyTree(root.resolve("config"), config);
        Files.createDirectories(root.resolve("state-" + name));
        List<String> lines = new ArrayList<>(List.of("scrub.state = " + root.resolve("state-" + name).toAbsolutePath(),
                "scrub.jdbc.url = " + tdb.url(), "scrub.jdbc.user = " + tdb.user(), "scrub.formats = json",
                "scrub.parallelThreads = 1", "scrub.inbox.lockMaxAgeMillis = 3000",
                "scrub.inbox.lockKeepAliveMillis = 1000"));
        lines.addAll(List.of(settings));
        InboxInputs.override(config, lines.toArray(String[]::new));
        ScrubEngine engine = ScrubEngine.load(config);
        ClaimStore store = ClaimStore.open(engine.settings().properties(), TestDatabase.environment()).orElseThrow();
        return new InboxFileHandler(engine, null,
                (org.scrub837.watch.ContentRecord) store.sharedInputs(engine.settings().properties()));
    }

    @Test
    void identicalContentOnTwoNodesAtOnceIsScrubbedOnce() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            InboxFileHandler a = node(tdb, "a");
            InboxFileHandler b = node(tdb, "b");
            byte[] content = Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi"));
            Path first = root.resolve("inbox/monday.837");
            Path second = root.resolve("inbox/copy-of-monday.837");
            Files.write(first, content);
            Files.write(second, content);

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<InboxFileHandler.Disposition> onA = pool.submit(() -> {
                    start.await();
                    return a.handle(first);
                });
                Future<InboxFileHandler.Disposition> onB = pool.submit(() -> {
                    start.await();
                    return b.handle(second);
                });
                start.countDown();
                InboxFileHandler.Disposition da = onA.get(300, TimeUnit.SECONDS);
                InboxFileHandler.Disposition db = onB.get(300, TimeUnit.SECONDS);
                Files.move(first, da.destination());
                Files.move(second, db.destination());

                assertEquals(1, (da.duplicate() ? 0 : 1) + (db.duplicate() ? 0 : 1), "exactly one node scrubs the content");
                InboxFileHandler.Disposition copy = da.duplicate() ? da : db;
                String copyName = da.duplicate() ? "monday.837" : "copy-of-monday.837";
                assertNull(copy.outcome(), "the copy is not scrubbed");
                List<String> reports = WatchFolderOutcomes.names(root.resolve("reports"));
                assertEquals(1, reports.stream().filter(n -> n.endsWith(".report.json")).count(), reports.toString());
                assertTrue(reports.contains(copyName + ".duplicate.txt"), "the copy gets the duplicate note: " + reports);
                assertEquals(1, WatchFolderOutcomes.names(root.resolve("outbox")).size(), "one clean 837");
                assertEquals(1, tdb.count("SELECT COUNT(*) FROM scrub_seen_file"));
                assertEquals(0, tdb.count("SELECT COUNT(*) FROM scrub_content_claim"), "no claim left");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void nodeKilledBetweenReportAndCleanIsRolledBackByTheNodeTakingOver() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            InboxFileHandler a = node(tdb, "a");
            Path input = root.resolve("inbox/mixed.837");
            Files.copy(Path.of("edi-samples/837P/multi-claim-mixed.edi"), input);
            InboxFileHandler.Disposition complete = a.handle(input);
            Map<String, byte[]> expected = outputs();
            assertEquals("mixed.837", new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(root.resolve("reports/mixed.report.json").toFile()).path("archivedAs").asText());

            // what node a leaves when killed after the report's commit, before the clean 837's: the report
            // and rejected 837 in place, the clean 837 under its temporary name, the content claimed by a,
            // its base still being written, nothing recorded as processed, the original in the inbox
            Files.delete(root.resolve("outbox/mixed.clean.837"));
            Files.writeString(root.resolve("outbox/.mixed.clean.837.4711.part"), "ISA*00*");
            tdb.update("DELETE FROM scrub_seen_file");
            tdb.update("UPDATE scrub_output_base SET state = 'writing'");
            tdb.update("INSERT INTO scrub_content_claim SELECT content_hash, owner, file_name, clock_timestamp()"
                    + " FROM (SELECT '" + sha256(input) + "' AS content_hash, owner, 'mixed.837' AS file_name"
                    + " FROM scrub_output_base) k");
            // a is dead: it says nothing any more
            tdb.update("UPDATE scrub_node SET refreshed_at = clock_timestamp() - interval '1 hour'");

            InboxFileHandler b = node(tdb, "b");
            InboxFileHandler.Disposition taken = b.handle(input);

            assertNotNull(taken.outcome(), "scrubbed again by the node taking over");
            assertFalse(taken.duplicate(), "no duplicate note for the dead node's own input");
            assertEquals(complete.destination(), taken.destination(), "archived where the report says");
            Files.move(input, taken.destination());
            assertEquals(expected.keySet(), outputs().keySet(), "the same outputs, once, none temporary");
            for (Map.Entry<String, byte[]> e : expected.entrySet()) {
                assertEquals(new String(e.getValue(), StandardCharsets.UTF_8),
                        new String(outputs().get(e.getKey()), StandardCharsets.UTF_8), e.getKey());
            }
            assertEquals(0, tdb.count("SELECT COUNT(*) FROM scrub_content_claim"));
            assertEquals(1, tdb.count("SELECT COUNT(*) FROM scrub_output_base WHERE state = 'done'"));
        }
    }

    /** Every file of outbox and reports, temporary ones too. */
    private Map<String, byte[]> outputs() throws Exception {
        Map<String, byte[]> all = new LinkedHashMap<>();
        for (String folder : new String[] {"outbox", "reports"}) {
            try (var files = Files.list(root.resolve(folder))) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(p)) {
                        all.put(folder + "/" + p.getFileName(), Files.readAllBytes(p));
                    }
                }
            }
        }
        return all;
    }

    private static String sha256(Path file) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        return java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
    }
}

package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.testing.TestConfig;

/** The watch-folder service end to end: files dropped in the inbox end in the right folders. */
class WatchFolderRouteTest {

    @TempDir
    Path root;

    private Main main;
    private Thread runner;

    @BeforeEach
    void start() throws Exception {
        Path config = TestConfig.watchFolder(root, 2);
        main = WatchFolderService.createMain(config);
        runner = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "camel-main-under-test");
        runner.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        main.completed();
        runner.join(30_000);
    }

    @Test
    void filesEndInOutboxReportsArchiveOrFailed() throws Exception {
        drop(Path.of("edi-samples/837P/multi-claim-mixed.edi"), "mixed.837");
        drop(Path.of("edi-samples/837I/inst-q4293-clean.edi"), "inst clean.837");
        Path junk = root.resolve("junk.txt");
        Files.writeString(junk, "%PDF-1.7 not an 837", StandardCharsets.UTF_8);
        drop(junk, "junk.pdf");

        Path inbox = root.resolve("inbox");
        awaitTrue(() -> Files.exists(root.resolve("archive/mixed.837"))
                && Files.exists(root.resolve("archive/inst clean.837"))
                && Files.exists(root.resolve("failed/junk.pdf")), 60);

        assertTrue(Files.exists(root.resolve("outbox/mixed.clean.837")));
        assertTrue(Files.exists(root.resolve("reports/mixed.rejected.837")));
        assertTrue(Files.exists(root.resolve("reports/mixed.report.json")));
        assertTrue(Files.exists(root.resolve("outbox/inst clean.clean.837")));
        assertTrue(Files.exists(root.resolve("reports/inst clean.report.json")));
        assertTrue(Files.exists(root.resolve("failed/junk.pdf.reason.txt")));
        assertTrue(Files.readString(root.resolve("failed/junk.pdf.reason.txt")).contains("junk.pdf"));
        assertTrue(Files.exists(root.resolve("reports/junk.report.json")));
        assertEquals(List.of(), list(inbox), "inbox is empty");
        assertEquals(List.of(), list(root.resolve("outbox")).stream().filter(n -> n.endsWith(".part")).toList());
    }

    @Test
    void sameContentDroppedTwiceIsSkippedWithANote() throws Exception {
        drop(Path.of("edi-samples/837P/q4293-clean.edi"), "first.837");
        awaitTrue(() -> Files.exists(root.resolve("archive/first.837")), 60);
        drop(Path.of("edi-samples/837P/q4293-clean.edi"), "again.837");
        awaitTrue(() -> Files.exists(root.resolve("archive/again.837")), 60);

        assertTrue(Files.exists(root.resolve("reports/again.837.duplicate.txt")));
        assertTrue(Files.exists(root.resolve("outbox/first.clean.837")));
        assertTrue(Files.notExists(root.resolve("outbox/again.clean.837")), "not scrubbed twice");
    }

    /** Writes under a hidden name and renames into the inbox, as a careful sender does. */
    private void drop(Path source, String name) throws IOException {
        Path inbox = root.resolve("inbox");
        Path tmp = inbox.resolve("." + name + ".part");
        Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void awaitTrue(Check check, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached within " + seconds + " s");
    }
}

package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;

/**
 * Several nodes, one inbox: three service JVMs (the shipped jar) share one inbox and one PostgreSQL
 * store (the shared inbox lock, content claims, output bases and record of contents seen). 1,000
 * files are dropped, 30 of them twice at once under a second name (each such content is scrubbed
 * once, the other name gets the duplicate note); one node is killed with SIGKILL twice during the
 * run and started again each
 * time. At the end every input is exactly once in archive or failed, with its complete outputs
 * exactly once (each clean claim once in the outbox), and nothing is left in the inbox or under a
 * temporary name.
 */
@Tag(ShippedJar.TAG)
class MultiNodeInboxKillTest {

    private static final int NODES = 3;
    private static final int FILES = 1_000;
    /** Inputs dropped twice at once under two names (the same bytes): each content is scrubbed once. */
    private static final int TWINS = 30;

    @TempDir
    Path root;

    private final Process[] nodes = new Process[NODES];
    private int starts;

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : nodes) {
            if (p != null && p.isAlive()) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void everyInputOnceAcrossThreeNodesAndTwoKills() throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            Path config = TestConfig.watchFolder(root, 2);
            InboxInputs.override(config, "scrub.formats = json", "scrub.pollDelay = 100", "scrub.readLockMinAge = 200",
                    "scrub.parallelThreads = 1", "scrub.jdbc.url = " + tdb.url(), "scrub.jdbc.user = " + tdb.user(),
                    "scrub.inbox.lockMaxAgeMillis = 6000", "scrub.inbox.lockKeepAliveMillis = 1000");
            List<String> inputs = dropInputs(root.resolve("inbox"));
            assertEquals(FILES + TWINS, inputs.size());

            for (int i = 0; i < NODES; i++) {
                nodes[i] = start();
            }
            awaitHandled(FILES / 5, 300);
            kill(0);
            nodes[0] = start();
            awaitHandled(FILES * 3 / 5, 300);
            kill(0);
            nodes[0] = start();
            awaitHandled(FILES + TWINS, 600);
            // every lock is released once its file has left the inbox (also those taken over from
            // the killed node): a file of the same name dropped later is taken again
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (tdb.count("SELECT COUNT(*) FROM scrub_inbox_lock") > 0) {
                assertTrue(System.nanoTime() < deadline, "inbox locks left: "
                        + tdb.count("SELECT COUNT(*) FROM scrub_inbox_lock"));
                Thread.sleep(200);
            }
            for (Process p : nodes) {
                p.destroy(); // orderly stop, so the check sees quiet folders
            }
            for (Process p : nodes) {
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a node stops on SIGTERM");
            }

            WatchFolderOutcomes.Summary summary = WatchFolderOutcomes.verify(root, inputs);
            assertEquals(TWINS, summary.skippedDuplicates(), "of each twin pair one is scrubbed, the other noted");
            assertTrue(summary.failed() >= 20, "the broken inputs end in failed");
            assertEquals(summary.scrubbed(), tdb.count("SELECT COUNT(*) FROM scrub_seen_file"),
                    "each scrubbed content recorded once in the shared record");
        }
    }

    /** Distinct copies of the samples, with broken inputs among them (not an 837, cut off). */
    private List<String> dropInputs(Path inbox) throws IOException {
        List<Path> samples = InboxInputs.ediSamples();
        List<String> names = new ArrayList<>();
        int number = 1;
        for (int i = 0; i < 10; i++) {
            String junk = String.format("junk-%02d.pdf", i);
            InboxInputs.drop(inbox, junk, InboxInputs.notAnEdiFile(i));
            names.add(junk);
            String cut = String.format("cut-%02d.837", i);
            InboxInputs.drop(inbox, cut, InboxInputs.truncatedCopy(samples.get(i % samples.size()), number++, 60));
            names.add(cut);
        }
        for (int round = 0; names.size() < FILES; round++) {
            for (Path sample : samples) {
                if (names.size() == FILES) {
                    break;
                }
                String name = String.format("r%02d-%s.837", round, InboxInputs.label(sample));
                InboxInputs.drop(inbox, name, InboxInputs.distinctCopy(sample, number++));
                names.add(name);
            }
        }
        // the twins: a second name for the same bytes, dropped at once, so that two nodes (or two
        // consumers of one node) may take the two names at the same instant
        List<String> twins = new ArrayList<>();
        for (int i = 0; i < TWINS; i++) {
            String original = names.get(20 + i * 30);
            String twin = "twin-" + original;
            InboxInputs.drop(inbox, twin, Files.readAllBytes(inbox.resolve(original)));
            twins.add(twin);
        }
        names.addAll(twins);
        return names;
    }

    private Process start() throws IOException {
        int n = starts++;
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"), "run", "--config", root.resolve("config").toString()));
        pb.directory(Path.of("").toAbsolutePath().toFile());
        pb.environment().putAll(TestDatabase.environment());
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("node-" + n + ".log").toFile());
        return pb.start();
    }

    private void kill(int node) throws InterruptedException {
        nodes[node].destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(nodes[node].waitFor(30, TimeUnit.SECONDS), "the killed node is gone");
    }

    private int handled() throws IOException {
        int n = WatchFolderOutcomes.visible(root.resolve("archive")).size();
        for (String f : WatchFolderOutcomes.visible(root.resolve("failed"))) {
            if (!f.endsWith(".reason.txt")) {
                n++;
            }
        }
        return n;
    }

    /** Waits for progress; the limit only stops hung nodes from hanging the build. */
    private void awaitHandled(int target, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (handled() < target) {
            for (int i = 0; i < NODES; i++) {
                if (!nodes[i].isAlive()) {
                    throw new AssertionError("node " + i + " exited with " + nodes[i].exitValue() + ":\n" + logs());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + handled() + " of " + target + " files handled in time:\n" + logs());
            }
            Thread.sleep(20);
        }
    }

    private String logs() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < starts; i++) {
            List<String> lines = Files.readAllLines(root.resolve("node-" + i + ".log"), StandardCharsets.UTF_8);
            b.append("--- node-").append(i).append(".log\n")
                    .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()))).append('\n');
        }
        return b.toString();
    }
}

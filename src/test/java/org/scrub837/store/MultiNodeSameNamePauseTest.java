package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.bench.Generator837;
import org.scrub837.bench.GeneratorOptions;
import org.scrub837.model.ClaimType;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;

/**
 * Two service JVMs (the shipped jar) on one inbox and one PostgreSQL store, two files named
 * {@code weekly.837} one after the other, the node holding the second one paused (SIGSTOP) until the
 * delayed release of the first one's lock is due, then resumed. Before the lock named the file, the
 * resumed node's release of the first file removed its lock on the second, the other node took the
 * second file too, both wrote base {@code weekly.1}, one deleted the other's temporary files and the
 * original went to failed as "unreadable". Now: each file is scrubbed once, both originals are in the
 * archive, each report's {@code archivedAs} exists, nothing is in failed, no temporary file is left.
 */
@Tag(ShippedJar.TAG)
class MultiNodeSameNamePauseTest {

    private static final Pattern NODE_ID = Pattern.compile("this node is ([0-9a-f-]{36})");

    @TempDir
    Path root;

    private final Process[] nodes = new Process[2];

    @AfterEach
    void stopAll() throws Exception {
        for (Process p : nodes) {
            if (p != null && p.isAlive()) {
                signal(p, "CONT");
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void secondFileOfTheSameNameIsTakenOnceWhileItsHolderIsPaused() throws Exception {
        ShippedJar.jar();
        try (TestDatabase tdb = TestDatabase.create()) {
            Path config = TestConfig.watchFolder(root, 1);
            InboxInputs.override(config, "scrub.formats = json", "scrub.pollDelay = 100", "scrub.readLockMinAge = 200",
                    "scrub.parallelThreads = 1", "scrub.jdbc.url = " + tdb.url(), "scrub.jdbc.user = " + tdb.user(),
                    "scrub.inbox.lockMaxAgeMillis = 30000", "scrub.inbox.lockKeepAliveMillis = 1000");
            Path staging = Files.createDirectories(root.resolve("staging"));
            Path first = staging.resolve("first.837");
            Path second = staging.resolve("second.837");
            Generator837.generate(GeneratorOptions.ofClaims(ClaimType.PROFESSIONAL, 11, 8_000), first);
            Generator837.generate(GeneratorOptions.ofClaims(ClaimType.PROFESSIONAL, 12, 20_000), second);

            String[] ids = new String[2];
            for (int i = 0; i < 2; i++) {
                nodes[i] = start(config, i);
            }
            for (int i = 0; i < 2; i++) {
                int n = i;
                await(() -> nodeId(n) != null, "node " + i + " started", 180);
                ids[i] = nodeId(i);
            }
            Path inbox = root.resolve("inbox");
            Path weekly = inbox.resolve("weekly.837");
            InboxInputs.drop(inbox, "weekly.837", Files.readAllBytes(first));
            await(() -> Files.exists(root.resolve("archive/weekly.837")), "the first weekly.837 archived", 300);
            long firstArchived = System.nanoTime();
            InboxInputs.drop(inbox, "weekly.837", Files.readAllBytes(second));
            long secondSize = Files.size(second);

            // the node that takes the second file: paused as soon as it holds it
            String[] holder = new String[1];
            await(() -> (holder[0] = lockOwner(tdb, weekly, secondSize)) != null, "a node takes the second file", 300);
            int paused = holder[0].equals(ids[0]) ? 0 : 1;
            signal(nodes[paused], "STOP");
            // resumed once the delayed release of the first file's lock (10 s after its move) is due
            long releaseDue = firstArchived + TimeUnit.SECONDS.toNanos(12);
            while (System.nanoTime() < releaseDue) {
                Thread.sleep(200);
            }
            signal(nodes[paused], "CONT");

            await(() -> !Files.exists(weekly) && visibleCount("archive") + visibleCount("failed") >= 2,
                    "both files handled", 600);
            await(() -> count(tdb, "SELECT COUNT(*) FROM scrub_inbox_lock") == 0, "every lock released", 120);
            for (Process p : nodes) {
                p.destroy();
            }
            for (Process p : nodes) {
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "a node stops on SIGTERM");
            }

            assertEquals(List.of(), WatchFolderOutcomes.visible(root.resolve("failed")), "nothing failed");
            assertEquals(Set.of("weekly.837", "weekly.1.837"), new HashSet<>(WatchFolderOutcomes.visible(root.resolve("archive"))));
            assertEquals(Set.of(sha256(first), sha256(second)), Set.of(sha256(root.resolve("archive/weekly.837")),
                    sha256(root.resolve("archive/weekly.1.837"))), "each original archived once");
            List<String> reports = WatchFolderOutcomes.visible(root.resolve("reports"));
            List<String> jsonReports = reports.stream().filter(n -> n.endsWith(".report.json")).sorted().toList();
            assertEquals(List.of("weekly.1.report.json", "weekly.report.json"), jsonReports, reports.toString());
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            for (String r : jsonReports) {
                String archivedAs = json.readTree(root.resolve("reports").resolve(r).toFile()).path("archivedAs").asText();
                assertTrue(Files.exists(root.resolve("archive").resolve(archivedAs)), r + " archivedAs " + archivedAs);
            }
            for (String folder : new String[] {"inbox", "outbox", "reports", "archive", "failed"}) {
                for (String name : WatchFolderOutcomes.names(root.resolve(folder))) {
                    assertFalse(name.endsWith(".part"), "temporary file left: " + folder + "/" + name);
                }
            }
            String logs = logs();
            assertFalse(logs.contains("NoSuchFileException"), "no node lost a temporary file to the other");
            assertEquals(2, Pattern.compile("scrubbed file=weekly.837").matcher(logs).results().count(),
                    "two scrubs in all: one per file");
        }
    }

    private Process start(Path config, int n) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx384m"),
                "run", "--config", config.toString()));
        pb.environment().putAll(TestDatabase.environment());
        pb.directory(Path.of("").toAbsolutePath().toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("node-" + n + ".log").toFile());
        return pb.start();
    }

    private String nodeId(int n) {
        try {
            Path log = root.resolve("node-" + n + ".log");
            if (!Files.exists(log)) {
                return null;
            }
            Matcher m = NODE_ID.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The node holding a lock on the file now at {@code path} with the given size, or null. */
    private static String lockOwner(TestDatabase tdb, Path path, long size) {
        try (Connection c = tdb.open().connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT owner FROM scrub_inbox_lock WHERE message_id = ? AND file_size = ?")) {
            ps.setString(1, path.toAbsolutePath().toString());
            ps.setLong(2, size);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (Exception e) {
            return null;
        }
    }

    private int visibleCount(String folder) {
        try {
            return WatchFolderOutcomes.visible(root.resolve(folder)).size();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long count(TestDatabase tdb, String sql) {
        try {
            return tdb.count(sql);
        } catch (Exception e) {
            return -1;
        }
    }

    private static void signal(Process p, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
        assertTrue(kill.waitFor(30, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
    }

    /** Waits for a condition, with a generous limit (the machine is shared); the logs when it never comes. */
    private void await(BooleanSupplier done, String what, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            for (int i = 0; i < nodes.length; i++) {
                if (nodes[i] != null && !nodes[i].isAlive()) {
                    throw new AssertionError("node " + i + " exited waiting for " + what + ":\n" + logs());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + ":\n" + logs());
            }
            Thread.sleep(20);
        }
    }

    private String logs() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nodes.length; i++) {
            Path log = root.resolve("node-" + i + ".log");
            if (Files.exists(log)) {
                b.append("--- node-").append(i).append(".log\n").append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    private static String sha256(Path file) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        return java.util.HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
    }
}

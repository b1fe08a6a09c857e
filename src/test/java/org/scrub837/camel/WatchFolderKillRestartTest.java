package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;

/**
 * Crash safety of the watch-folder service: the service runs as its own JVM ({@code scrub837 run})
 * and is killed (SIGKILL, no shutdown hook runs) at seeded random moments while it works through
 * a few hundred inputs, then started again, several times over. At the end every input is in
 * exactly one of archive or failed with its complete outputs exactly once, and no temporary file
 * or input is left behind. A kill can land anywhere: mid-output, between outputs and the record
 * of the content, mid-append of that record, between the record and the move.
 */
@Tag(ShippedJar.TAG)
class WatchFolderKillRestartTest {

    private static final long SEED = 837_2026L;
    private static final int KILLS = 6;

    @TempDir
    Path root;

    private Process service;
    private int brokenCount;

    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyInputEndsOnceWithCompleteOutputsAcrossKills() throws Exception {
        Path config = TestConfig.watchFolder(root, 2);
        InboxInputs.override(config, "scrub.formats = json", "scrub.pollDelay = 50", "scrub.readLockMinAge = 50");
        List<String> inputs = dropInputs(root.resolve("inbox"));
        Random random = new Random(SEED);

        int kills = 0;
        for (int run = 0; run < KILLS; run++) {
            int before = handled();
            if (before == inputs.size()) {
                break;
            }
            service = start(run);
            int target = Math.min(inputs.size(), before + 3 + random.nextInt(25));
            awaitHandled(target, run, 90);
            Thread.sleep(random.nextInt(25));
            service.destroyForcibly();
            assertTrue(service.waitFor(30, TimeUnit.SECONDS), "the killed service is gone");
            kills++;
        }
        assertTrue(kills >= 3, "the service was killed at least 3 times while it had work (" + kills + ")");

        service = start(KILLS);
        awaitHandled(inputs.size(), KILLS, 300);
        service.destroy(); // an orderly stop, so that the check below sees a quiet folder
        assertTrue(service.waitFor(60, TimeUnit.SECONDS), "the service stops on SIGTERM");

        WatchFolderOutcomes.Summary summary = WatchFolderOutcomes.verify(root, inputs);
        assertEquals(0, summary.skippedDuplicates(), "every input has its own content: none skipped");
        assertTrue(summary.failed() >= brokenCount, "broken inputs end in failed");
    }

    /** Distinct copies of every sample, and broken inputs among them: not an 837, empty, cut off. */
    private List<String> dropInputs(Path inbox) throws IOException {
        List<Path> samples = InboxInputs.ediSamples();
        List<String> names = new ArrayList<>();
        int number = 1;
        for (int round = 0; names.size() < 180; round++) {
            for (Path sample : samples) {
                String name = String.format("r%02d-%s.837", round, InboxInputs.label(sample));
                InboxInputs.drop(inbox, name, InboxInputs.distinctCopy(sample, number++));
                names.add(name);
            }
        }
        for (int i = 0; i < 10; i++) {
            String junk = String.format("junk-%02d.pdf", i);
            InboxInputs.drop(inbox, junk, InboxInputs.notAnEdiFile(i));
            names.add(junk);
            String cut = String.format("cut-%02d.837", i);
            InboxInputs.drop(inbox, cut, InboxInputs.truncatedCopy(samples.get(i % samples.size()), number++, 60));
            names.add(cut);
            brokenCount += 2;
        }
        InboxInputs.drop(inbox, "empty.837", new byte[0]);
        names.add("empty.837");
        brokenCount++;
        return names;
    }

    private Process start(int run) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx256m"), "run", "--config", root.resolve("config").toString()));
        pb.directory(Path.of("").toAbsolutePath().toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("service-" + run + ".log").toFile());
        return pb.start();
    }

    /** Originals moved out of the inbox so far. */
    private int handled() throws IOException {
        int n = WatchFolderOutcomes.visible(root.resolve("archive")).size();
        for (String f : WatchFolderOutcomes.visible(root.resolve("failed"))) {
            if (!f.endsWith(".reason.txt")) {
                n++;
            }
        }
        return n;
    }

    /** Waits for progress; the limit only stops a hung service from hanging the build. */
    private void awaitHandled(int target, int run, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (handled() < target) {
            if (!service.isAlive()) {
                throw new AssertionError("service run " + run + " exited with " + service.exitValue() + ":\n" + log(run));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("service run " + run + " did not get to " + target + " files handled:\n"
                        + log(run));
            }
            Thread.sleep(5);
        }
    }

    private String log(int run) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("service-" + run + ".log"), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}

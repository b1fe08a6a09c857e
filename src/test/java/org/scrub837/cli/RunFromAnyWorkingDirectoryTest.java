package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/**
 * Issue #10, findings 3 and 4: {@code scrub837 run --config DIR} started from an unrelated, empty
 * working directory with the shipped configuration (relative folders) works: routes come from the
 * jar, folders from the configuration folder, and SCRUB_* environment variables move every output
 * they name, Camel's placeholders and the Java side alike. Nothing is written in the working directory.
 */
@Tag(ShippedJar.TAG)
class RunFromAnyWorkingDirectoryTest {

    @TempDir
    Path root;

    private Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void runWithOnlyConfigFromAnEmptyDirectoryUsesTheConfigFolderAndTheEnvironment() throws Exception {
        Path config = root.resolve("etc/scrub837");
        TestConfig.copyTree(Path.of("config"), config); // the shipped settings: folders ../work/...
        Path work = root.resolve("etc/work");
        Path forward = root.resolve("forward");
        Path elsewhere = Files.createDirectories(root.resolve("cwd"));
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx256m"), "run", "--config", config.toAbsolutePath().toString()));
        pb.directory(elsewhere.toFile());
        Map<String, String> env = pb.environment();
        env.put("SCRUB_OUTBOX", forward.toString());
        env.put("SCRUB_READLOCKMINAGE", "100");
        env.put("SCRUB_POLLDELAY", "100");
        env.put("SCRUB_FORMATS", "json");
        pb.redirectErrorStream(true);
        Path log = root.resolve("service.log");
        pb.redirectOutput(log.toFile());
        service = pb.start();

        Path inbox = work.resolve("inbox");
        awaitTrue(() -> Files.isDirectory(inbox), log);
        InboxInputs.drop(inbox, "claims.837", Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi")));
        awaitTrue(() -> Files.exists(work.resolve("archive/claims.837")), log);

        assertTrue(Files.exists(forward.resolve("claims.clean.837")), "SCRUB_OUTBOX moved the clean 837");
        assertTrue(Files.exists(work.resolve("reports/claims.report.json")));
        assertTrue(Files.exists(work.resolve("reports/claims.rejected.837")));
        assertTrue(Files.notExists(work.resolve("outbox")), "the file's outbox was not used");
        assertTrue(Files.notExists(work.resolve("reports/claims.summary.txt")), "SCRUB_FORMATS=json was honoured");
        assertEquals(List.of(), list(elsewhere), "nothing written in the working directory");
        service.destroy();
        assertTrue(service.waitFor(60, TimeUnit.SECONDS));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private void awaitTrue(Check check, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!check.ok()) {
            if (!service.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("service " + (service.isAlive() ? "too slow" : "exited "
                        + service.exitValue()) + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
    }
}

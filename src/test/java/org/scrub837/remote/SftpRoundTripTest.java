package org.scrub837.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.camel.WatchFolderService;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/**
 * SFTP in and out against an SFTP server started in the test: 837s uploaded to the remote inbox are
 * scrubbed, the originals end in the remote archive (or failed, for a file that is not an 837), the
 * clean 837s in the remote outbox and the rejected 837s and reports in the remote reports folder;
 * nothing is left in the remote inbox and no temporary name is left anywhere. With a host key that
 * does not match known_hosts nothing is fetched.
 */
class SftpRoundTripTest {

    @TempDir
    Path root;

    private Path config(TestSftpServer sftp, Path knownHosts) throws IOException {
        Path config = TestConfig.watchFolder(root.resolve("local"), 1);
        InboxInputs.override(config, "scrub.sftp.enabled = true", "scrub.sftp.host = 127.0.0.1",
                "scrub.sftp.port = " + sftp.port(), "scrub.sftp.user = " + TestSftpServer.USER,
                "scrub.sftp.privateKeyFile = " + sftp.clientKey, "scrub.sftp.knownHostsFile = " + knownHosts,
                "scrub.pollDelay = 200", "scrub.readLockMinAge = 300");
        return config;
    }

    /** An upload as a client makes it: under a temporary name, renamed when complete. */
    private static void upload(Path inbox, String name, byte[] content) throws IOException {
        Path part = inbox.resolve("." + name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static BooleanSupplier has(Path dir, Set<String> expected) {
        return () -> {
            try {
                return names(dir).containsAll(expected);
            } catch (IOException e) {
                return false;
            }
        };
    }

    @Test
    void filesRoundTripWithKeyAuthentication() throws Exception {
        try (TestSftpServer sftp = TestSftpServer.start(root)) {
            Path config = config(sftp, sftp.knownHosts(root, false));
            Path remote = sftp.root;
            upload(remote.resolve("inbox"), "mixed.837", Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi")));
            upload(remote.resolve("inbox"), "clean.837", Files.readAllBytes(Path.of("edi-samples/837P/q4293-clean.edi")));
            upload(remote.resolve("inbox"), "junk.837", InboxInputs.notAnEdiFile(1));
            Main main = WatchFolderService.createMain(config);
            Thread runner = new Thread(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "sftp-service-under-test");
            runner.start();
            try {
                await(has(remote.resolve("archive"), Set.of("mixed.837", "clean.837")), "the remote archive");
                await(has(remote.resolve("failed"), Set.of("junk.837")), "the remote failed folder");
                await(has(remote.resolve("outbox"), Set.of("mixed.clean.837", "clean.clean.837")), "the remote outbox");
                await(has(remote.resolve("reports"), Set.of("mixed.rejected.837", "mixed.report.json",
                        "clean.report.json", "junk.report.json")), "the remote reports folder");
            } finally {
                main.completed();
                runner.join(30_000);
            }
            assertEquals(Set.of(), names(remote.resolve("inbox")), "nothing left in the remote inbox");
            assertEquals(Files.readString(Path.of("edi-samples/837P/q4293-clean.edi")),
                    Files.readString(remote.resolve("archive/clean.837")), "the original, unchanged");
            for (String folder : List.of("inbox", "archive", "failed", "outbox", "reports")) {
                for (String name : names(remote.resolve(folder))) {
                    assertTrue(!name.startsWith(".") && !name.endsWith(".part"), folder + "/" + name);
                }
            }
            // the local side keeps the same outcome
            assertTrue(names(root.resolve("local/archive")).containsAll(Set.of("mixed.837", "clean.837")));
            assertTrue(names(root.resolve("local/failed")).contains("junk.837"));
        }
    }

    @Test
    void unknownHostKeyFetchesNothing() throws Exception {
        try (TestSftpServer sftp = TestSftpServer.start(root)) {
            Path config = config(sftp, sftp.knownHosts(root, true));
            upload(sftp.root.resolve("inbox"), "clean.837", Files.readAllBytes(Path.of("edi-samples/837P/q4293-clean.edi")));
            Main main = WatchFolderService.createMain(config);
            Thread runner = new Thread(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "sftp-service-under-test");
            runner.start();
            try {
                Thread.sleep(4_000); // several polls
            } finally {
                main.completed();
                runner.join(30_000);
            }
            assertEquals(Set.of("clean.837"), names(sftp.root.resolve("inbox")));
            assertEquals(Set.of(), names(sftp.root.resolve("archive")));
            assertEquals(Set.of(), names(root.resolve("local/archive")));
        }
    }
}

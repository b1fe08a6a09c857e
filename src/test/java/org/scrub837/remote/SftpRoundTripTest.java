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

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * SFTP in and out against an SFTP server started in the test: 837s uploaded to the remote inbox are
 * scrubbed, the originals end in the remote archive (or failed, for a file that is not an 837), the
 * clean 837s in the remote outbox and the rejected 837s and reports in the remote reports folder;
 * nothing is left in the remote inbox and no temporary name is left anywhere. With a host key that
 * does not match known_hosts nothing is fetched, and the service says why. The service is the shipped
 * jar, as in production.
 */
@Tag(ShippedJar.TAG)
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

    /** The service as shipped, its log in root/service.log. */
    private Process start(Path config) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx256m"),
                "run", "--config", config.toString()));
        pb.directory(Path.of("").toAbsolutePath().toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("service.log").toFile());
        return pb.start();
    }

    private String log() {
        try {
            return Files.readString(root.resolve("service.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private void await(Process service, BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!done.getAsBoolean()) {
            if (!service.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + ":\n" + log());
            }
            Thread.sleep(100);
        }
    }

    private static void stop(Process service) throws InterruptedException {
        service.destroy();
        if (!service.waitFor(60, TimeUnit.SECONDS)) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
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
            Process service = start(config);
            try {
                await(service, has(remote.resolve("archive"), Set.of("mixed.837", "clean.837")), "remote archive");
                await(service, has(remote.resolve("failed"), Set.of("junk.837")), "remote failed folder");
                await(service, has(remote.resolve("outbox"), Set.of("mixed.clean.837", "clean.clean.837")),
                        "remote outbox");
                await(service, has(remote.resolve("reports"), Set.of("mixed.rejected.837", "mixed.report.json",
                        "clean.report.json", "junk.report.json")), "remote reports folder");
            } finally {
                stop(service);
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
            Process service = start(config);
            try {
                // the poll is refused, and the service says why
                await(service, () -> log().contains("cannot be polled: the server's host key has changed"),
                        "WARN naming the changed host key");
            } finally {
                stop(service);
            }
            assertEquals(Set.of("clean.837"), names(sftp.root.resolve("inbox")));
            assertEquals(Set.of(), names(sftp.root.resolve("archive")));
            assertEquals(Set.of(), names(root.resolve("local/archive")));
        }
    }
}

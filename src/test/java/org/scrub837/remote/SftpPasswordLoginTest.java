package org.scrub837.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/**
 * Password login, the password in the service's environment as in production: the service runs as
 * a JVM of its own ({@code scrub837 run}) and a file uploaded to the remote inbox ends in the remote
 * archive with its clean 837 in the remote outbox; the password appears in no log line.
 */
@Tag(ShippedJar.TAG)
class SftpPasswordLoginTest {

    @TempDir
    Path root;

    @Test
    void passwordFromTheEnvironmentLogsIn() throws Exception {
        try (TestSftpServer sftp = TestSftpServer.start(root)) {
            Path config = TestConfig.watchFolder(root.resolve("local"), 1);
            InboxInputs.override(config, "scrub.sftp.enabled = true", "scrub.sftp.host = 127.0.0.1",
                    "scrub.sftp.port = " + sftp.port(), "scrub.sftp.user = " + TestSftpServer.USER,
                    "scrub.sftp.knownHostsFile = " + sftp.knownHosts(root, false),
                    "scrub.pollDelay = 200", "scrub.readLockMinAge = 300");
            Path part = sftp.root.resolve("inbox/.clean.837.part");
            Files.copy(Path.of("edi-samples/837P/q4293-clean.edi"), part);
            Files.move(part, sftp.root.resolve("inbox/clean.837"), StandardCopyOption.ATOMIC_MOVE);
            ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx256m"), "run", "--config", config.toString()));
            pb.environment().put("SCRUB_SFTP_PASSWORD", TestSftpServer.PASSWORD);
            pb.directory(Path.of("").toAbsolutePath().toFile());
            pb.redirectErrorStream(true);
            Path log = root.resolve("service.log");
            pb.redirectOutput(log.toFile());
            Process service = pb.start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (!(Files.exists(sftp.root.resolve("archive/clean.837"))
                        && Files.exists(sftp.root.resolve("outbox/clean.clean.837")))) {
                    if (!service.isAlive() || System.nanoTime() > deadline) {
                        throw new AssertionError("no round trip:\n" + Files.readString(log, StandardCharsets.UTF_8));
                    }
                    Thread.sleep(100);
                }
            } finally {
                service.destroy();
                service.waitFor(60, TimeUnit.SECONDS);
            }
            try (var s = Files.list(sftp.root.resolve("inbox"))) {
                assertEquals(0, s.count(), "nothing left in the remote inbox");
            }
            assertTrue(!Files.readString(log, StandardCharsets.UTF_8).contains(TestSftpServer.PASSWORD),
                    "the password is in no log line");
        }
    }
}

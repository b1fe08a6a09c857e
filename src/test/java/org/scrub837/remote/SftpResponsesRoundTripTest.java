package org.scrub837.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.camel.WatchFolderService;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/**
 * The SFTP inbox's second remote path (scrub.sftp.responses): a response uploaded there is read and
 * ends in the remote archive's responses/ folder, a file that is not a response in the remote failed
 * folder; the local archive and failed folder keep copies, the failed one with its reason.
 */
class SftpResponsesRoundTripTest {

    @TempDir
    Path root;

    @Test
    void responsesUploadedRemotelyAreReadAndMoved() throws Exception {
        try (TestSftpServer sftp = TestSftpServer.start(root)) {
            Path config = TestConfig.watchFolder(root.resolve("local"), 1);
            InboxInputs.override(config, "scrub.sftp.enabled = true", "scrub.sftp.host = 127.0.0.1",
                    "scrub.sftp.port = " + sftp.port(), "scrub.sftp.user = " + TestSftpServer.USER,
                    "scrub.sftp.privateKeyFile = " + sftp.clientKey,
                    "scrub.sftp.knownHostsFile = " + sftp.knownHosts(root, false), "scrub.sftp.responses = responses",
                    "scrub.sftp.deliver = false");
            Path remote = Files.createDirectories(sftp.root.resolve("responses"));
            upload(remote, "pay.835", Files.readString(Path.of("src/test/resources/responses/public/linuxforhealth-managed-care.835")));
            upload(remote, "letter.txt", "Dear provider, your claims were received.\n");
            Main main = WatchFolderService.createMain(config);
            Thread runner = new Thread(() -> {
                try {
                    main.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "sftp-responses-under-test");
            runner.start();
            try {
                await(() -> names(sftp.root.resolve("archive/responses")).contains("pay.835")
                        && names(sftp.root.resolve("failed")).contains("letter.txt"));
            } finally {
                main.completed();
                runner.join(30_000);
            }
            assertEquals(List.of(), names(remote), "nothing left in the remote response folder");
            assertEquals(List.of("pay.835"), names(root.resolve("local/archive/responses")));
            assertTrue(names(root.resolve("local/failed")).containsAll(List.of("letter.txt", "letter.txt.reason.txt")));
        }
    }

    private static void upload(Path dir, String name, String content) throws Exception {
        Path part = dir.resolve("." + name + ".part");
        Files.writeString(part, content);
        Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> names(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void await(Check done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the remote response was not moved within 60 s");
            }
            Thread.sleep(100);
        }
    }
}

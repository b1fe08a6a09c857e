package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.JarProcess;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * The running service (shipped jar): archived and failed originals get scrub.outputMode whatever mode
 * they were uploaded with, the folders it makes are 0750, and an outbox removed while it runs is
 * made again with a WARN in the log.
 */
@Tag(ShippedJar.TAG)
class WatchFolderFileModesTest {

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void originalsTakeTheOutputModeAndFoldersAre0750(@TempDir Path root) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path config = TestConfig.watchFolder(root, 1);
        Files.delete(root.resolve("archive"));
        Files.delete(root.resolve("outbox"));
        InboxInputs.override(config, "scrub.outputMode = 0640");
        try (JarProcess service = JarProcess.start(root, root.resolve("service.log"), Map.of(), List.of("-Xmx256m"),
                "run", "--config", config.toString())) {
            service.await(() -> service.logContains(") started"), "started");
            assertEquals("rwxr-x---", mode(root.resolve("archive")), "a folder the service made");
            assertEquals("rwxr-x---", mode(root.resolve("outbox")));

            // uploads made the way a sender makes them: the uploader's own mode (0644 under umask 022)
            InboxInputs.drop(root.resolve("inbox"), "good.837",
                    Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi")));
            InboxInputs.drop(root.resolve("inbox"), "bad.837", "not an 837 at all".getBytes(StandardCharsets.US_ASCII));
            service.await(() -> Files.exists(root.resolve("archive/good.837")) && Files.exists(root.resolve("failed/bad.837")),
                    "both handled");
            assertEquals("rw-r-----", mode(root.resolve("archive/good.837")));
            assertEquals("rw-r-----", mode(root.resolve("failed/bad.837")));

            try (Stream<Path> s = Files.walk(root.resolve("outbox"))) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            InboxInputs.drop(root.resolve("inbox"), "again.837",
                    InboxInputs.distinctCopy(Path.of("edi-samples/837P/multi-claim-mixed.edi"), 7));
            service.await(() -> Files.exists(root.resolve("archive/again.837")), "handled after the outbox went");
            assertEquals("rwxr-x---", mode(root.resolve("outbox")));
            assertTrue(service.log().contains("WARN") && service.log().contains("outbox " + root.resolve("outbox")
                    + " was missing and has been re-created"), service.log());
        }
    }
}

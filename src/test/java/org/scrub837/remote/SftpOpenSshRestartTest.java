package org.scrub837.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.bench.Generator837;
import org.scrub837.bench.GeneratorOptions;
import org.scrub837.model.ClaimType;
import org.scrub837.testing.ShippedJar;

/**
 * OpenSSH's sshd killed while a large remote file is being scrubbed (downloaded, not yet moved on the
 * remote side), and started again: the file is scrubbed once, archived once locally and remotely, gets
 * no duplicate note, and its report's {@code archivedAs} names the remote original. Before, the remote
 * move failed with the connection, the file was taken again after the restart, found "already
 * processed", given a duplicate note, archived a second time locally and moved remotely under another
 * name than its report said.
 */
@Tag(ShippedJar.TAG)
class SftpOpenSshRestartTest {

    @TempDir
    Path root;

    @Test
    void serverRestartMidFileScrubsOnceAndArchivesWhereTheReportSays() throws Exception {
        ShippedJar.jar();
        Path big = root.resolve("staging/big.837");
        Generator837.generate(GeneratorOptions.ofClaims(ClaimType.PROFESSIONAL, 24, 30_000), big);
        try (OpenSshServer sftp = OpenSshServer.start(root.resolve("sshd"), OpenSshServer.KeyType.ED25519,
                OpenSshServer.KeyType.ED25519)) {
            Path part = sftp.root.resolve("inbox/.big.837.part");
            Files.copy(big, part);
            Files.move(part, sftp.root.resolve("inbox/big.837"), StandardCopyOption.ATOMIC_MOVE);
            try (SftpServiceProcess service = SftpServiceProcess.start(root, sftp, sftp.knownHosts(sftp.hostPublicKey()))) {
                Path downloaded = service.local.resolve("state/sftp-work/big.837");
                long size = Files.size(big);
                service.await(() -> sizeOf(downloaded) == size, "the download", sftp);
                sftp.stop(); // mid-scrub: the remote move after the scrub has no server
                service.await(() -> Files.exists(service.local.resolve("archive/big.837")), "the local scrub", sftp);
                sftp.restart();
                service.await(() -> Files.exists(sftp.root.resolve("archive/big.837"))
                        && Files.exists(sftp.root.resolve("outbox/big.clean.837"))
                        && Files.exists(sftp.root.resolve("reports/big.report.json")), "the remote outcome", sftp);

                String log = service.log();
                assertEquals(1, Pattern.compile("scrubbed file=big.837").matcher(log).results().count(),
                        "scrubbed once:\n" + log);
                assertEquals(List.of("big.837"), SftpOpenSshKeyTypesTest.names(service.local.resolve("archive")).stream()
                        .toList(), "one local archive copy");
                assertEquals(List.of("big.837"), SftpOpenSshKeyTypesTest.names(sftp.root.resolve("archive")).stream()
                        .toList(), "one remote archive copy");
                assertTrue(SftpOpenSshKeyTypesTest.names(sftp.root.resolve("inbox")).isEmpty(), "remote inbox empty");
                for (Path reports : new Path[] {sftp.root.resolve("reports"), service.local.resolve("reports")}) {
                    if (Files.isDirectory(reports)) {
                        for (String n : SftpOpenSshKeyTypesTest.names(reports)) {
                            assertFalse(n.contains(".duplicate."), "no duplicate note: " + n);
                        }
                    }
                }
                String archivedAs = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(sftp.root.resolve("reports/big.report.json").toFile()).path("archivedAs").asText();
                assertTrue(Files.exists(sftp.root.resolve("archive").resolve(archivedAs)), "archivedAs " + archivedAs);
                assertEquals(Files.size(big), Files.size(sftp.root.resolve("archive/big.837")), "the original, whole");
            }
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}

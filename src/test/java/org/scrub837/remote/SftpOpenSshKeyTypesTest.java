package org.scrub837.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.testing.ShippedJar;

/**
 * The shipped jar against OpenSSH's sshd, one key type at a time for the client key and the server's
 * host key (known_hosts holding only that host key, as {@code ssh-keyscan -t TYPE} gives it): the
 * service logs in, takes the remote file, archives it remotely and uploads its clean 837 and report.
 * ed25519 failed from the jar before its manifest said {@code Multi-Release: true} (JSch keeps its
 * Ed25519 classes under META-INF/versions/15).
 */
@Tag(ShippedJar.TAG)
class SftpOpenSshKeyTypesTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "host key {0}, client key {1}")
    @CsvSource({"ED25519, ED25519", "ECDSA, ECDSA", "RSA, RSA", "ED25519, RSA"})
    void logsInAndRoundTrips(OpenSshServer.KeyType hostKey, OpenSshServer.KeyType clientKey) throws Exception {
        ShippedJar.jar();
        try (OpenSshServer sftp = OpenSshServer.start(root.resolve("sshd"), hostKey, clientKey)) {
            Path part = sftp.root.resolve("inbox/.clean.837.part");
            Files.copy(Path.of("edi-samples/837P/q4293-clean.edi"), part);
            Files.move(part, sftp.root.resolve("inbox/clean.837"), StandardCopyOption.ATOMIC_MOVE);
            try (SftpServiceProcess service = SftpServiceProcess.start(root, sftp, sftp.knownHosts(sftp.hostPublicKey()))) {
                service.await(() -> exists(sftp.root.resolve("archive/clean.837"))
                        && exists(sftp.root.resolve("outbox/clean.clean.837"))
                        && exists(sftp.root.resolve("reports/clean.report.json")), "the round trip", sftp);
            }
            assertEquals(Set.of(), names(sftp.root.resolve("inbox")), "nothing left in the remote inbox");
            assertEquals(Files.readString(Path.of("edi-samples/837P/q4293-clean.edi")),
                    Files.readString(sftp.root.resolve("archive/clean.837")), "the original, unchanged");
            for (String folder : new String[] {"archive", "outbox", "reports"}) {
                for (String name : names(sftp.root.resolve(folder))) {
                    assertTrue(!name.startsWith(".") && !name.endsWith(".part"), folder + "/" + name);
                }
            }
        }
    }

    static boolean exists(Path p) {
        return Files.isRegularFile(p);
    }

    static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}

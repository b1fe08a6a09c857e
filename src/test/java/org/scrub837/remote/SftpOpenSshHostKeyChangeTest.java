package org.scrub837.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.ShippedJar;

/**
 * The server's host key changes while the service runs (OpenSSH's sshd restarted with a new ed25519
 * host key): the service says why at WARN, once for the change (not once per poll), readiness turns
 * DOWN and nothing is fetched; once the operator puts the new key in known_hosts, polls succeed again,
 * readiness is UP and files flow. Before, the WARN line said only "Cannot connect/login ... Will skip
 * this poll" (the reason in a stack trace) and readiness stayed UP.
 */
@Tag(ShippedJar.TAG)
class SftpOpenSshHostKeyChangeTest {

    private static final Pattern CHANGED_WARN = Pattern.compile("WARN .*cannot be polled: the server's host key has changed");

    @TempDir
    Path root;

    @Test
    void changedHostKeyIsSaidOnceAndTurnsReadinessDown() throws Exception {
        ShippedJar.jar();
        try (OpenSshServer sftp = OpenSshServer.start(root.resolve("sshd"), OpenSshServer.KeyType.ED25519,
                OpenSshServer.KeyType.ED25519)) {
            Path knownHosts = sftp.knownHosts(sftp.hostPublicKey());
            try (SftpServiceProcess service = SftpServiceProcess.start(root, sftp, knownHosts)) {
                upload(sftp, "first.837");
                service.await(() -> Files.exists(sftp.root.resolve("archive/first.837")), "the first file", sftp);
                service.await(() -> service.readiness() == 200, "readiness UP", sftp);

                sftp.replaceHostKey(OpenSshServer.KeyType.ED25519);
                sftp.restart();
                upload(sftp, "second.837");
                service.await(() -> CHANGED_WARN.matcher(log(service)).find(), "the WARN naming the reason", sftp);
                service.await(() -> service.readiness() == 503, "readiness DOWN", sftp);
                // several more polls fail the same way: still one line for the one change
                long polls = failedPolls(sftp);
                service.await(() -> failedPolls(sftp) >= polls + 3, "three more polls", sftp);
                assertEquals(1, CHANGED_WARN.matcher(log(service)).results().count(), "once per change:\n" + log(service));
                assertTrue(Files.exists(sftp.root.resolve("inbox/second.837")), "nothing fetched from an unverified server");

                // the operator verifies the new key and puts it in known_hosts
                Files.copy(sftp.knownHosts(sftp.hostPublicKey()), knownHosts, StandardCopyOption.REPLACE_EXISTING);
                service.await(() -> Files.exists(sftp.root.resolve("archive/second.837")), "the second file", sftp);
                service.await(() -> service.readiness() == 200, "readiness UP again", sftp);
                assertTrue(log(service).contains("polled again"), "the recovery is said");
            }
        }
    }

    private static void upload(OpenSshServer sftp, String name) throws Exception {
        Path part = sftp.root.resolve("inbox/." + name + ".part");
        Files.copy(Path.of("edi-samples/837P/q4293-clean.edi"), part);
        Files.move(part, sftp.root.resolve("inbox/" + name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String log(SftpServiceProcess service) {
        try {
            return service.log();
        } catch (Exception e) {
            return "";
        }
    }

    /** Connections the server closed before authentication: the client refused its host key. */
    private static long failedPolls(OpenSshServer sftp) {
        try {
            return Pattern.compile("Connection (closed|reset) by .*\\[preauth\\]|kex_exchange_identification|"
                    + "Received disconnect from 127.0.0.1").matcher(sftp.log()).results().count();
        } catch (Exception e) {
            return 0;
        }
    }
}

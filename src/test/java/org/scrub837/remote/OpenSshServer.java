package org.scrub837.remote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH {@code sshd} (Debian's openssh-server) started by a test on 127.0.0.1 and an
 * ephemeral port, with its own host key, configuration and authorized keys in a folder of the test:
 * the server scrub837 meets in production, not the embedded one. The user is the one running the
 * test (root in CI: {@code PermitRootLogin prohibit-password} lets a key in). A test using it is
 * skipped, with a message, where {@code /usr/sbin/sshd} is not installed ({@code .ci/run} installs it
 * when it can).
 *
 * <p>An SFTP session starts in {@link #root}, so the remote folders are the relative defaults. {@link #stop()} kills the server
 * (SIGKILL, as a crash) and {@link #restart()} starts it again on the same port with the same keys.
 */
final class OpenSshServer implements AutoCloseable {

    static final Path SSHD = Path.of("/usr/sbin/sshd");
    static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

    /** Key types as ssh-keygen names them. */
    enum KeyType {
        ED25519("ed25519", List.of()), ECDSA("ecdsa", List.of("-b", "256")), RSA("rsa", List.of("-b", "3072"));

        final String keygenName;
        final List<String> options;

        KeyType(String keygenName, List<String> options) {
            this.keygenName = keygenName;
            this.options = options;
        }
    }

    final Path dir;
    /** The remote side's folders: inbox, archive, failed, outbox, reports. */
    final Path root;
    final Path clientKey;
    final String user = System.getProperty("user.name");
    final int port;
    private final Path config;
    private Process process;

    private OpenSshServer(Path dir, Path root, Path clientKey, int port, Path config) {
        this.dir = dir;
        this.root = root;
        this.clientKey = clientKey;
        this.port = port;
        this.config = config;
    }

    /** Skips the calling test, with a message, where OpenSSH's server is not installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(SSHD) && Files.isExecutable(SSH_KEYGEN),
                "OpenSSH sshd not installed (/usr/sbin/sshd; Debian package openssh-server): SFTP test against"
                        + " a real OpenSSH server skipped");
    }

    static OpenSshServer start(Path dir, KeyType hostKeyType, KeyType clientKeyType) throws Exception {
        assumeInstalled();
        Files.createDirectories(dir);
        Path root = Files.createDirectories(dir.resolve("sftp-root"));
        for (String folder : new String[] {"inbox", "archive", "failed", "outbox", "reports"}) {
            Files.createDirectories(root.resolve(folder));
        }
        Path hostKey = keygen(dir.resolve("ssh_host_" + hostKeyType.keygenName + "_key"), hostKeyType);
        Path clientKey = keygen(dir.resolve("client_" + clientKeyType.keygenName), clientKeyType);
        Path authorized = dir.resolve("authorized_keys");
        Files.copy(Path.of(clientKey + ".pub"), authorized);
        Files.setPosixFilePermissions(authorized, PosixFilePermissions.fromString("rw-------"));
        if ("root".equals(System.getProperty("user.name"))) {
            // sshd's privilege separation needs this folder (a package install makes it at boot only)
            Files.createDirectories(Path.of("/run/sshd"));
        }
        int port = freePort();
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "ListenAddress 127.0.0.1",
                "Port " + port,
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorized,
                // the test's temporary folders are not root-owned 0755 all the way up
                "StrictModes no",
                "PermitRootLogin prohibit-password",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                // the SFTP session starts in the test's folder: the service's remote folders are relative to it
                "Subsystem sftp internal-sftp -d " + root,
                "LogLevel VERBOSE",
                ""), StandardCharsets.US_ASCII);
        OpenSshServer s = new OpenSshServer(dir, root, clientKey, port, config);
        s.launch();
        return s;
    }

    /** Makes a key pair with ssh-keygen (no passphrase); returns the private key's path. */
    static Path keygen(Path file, KeyType type) throws IOException, InterruptedException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".pub"));
        List<String> cmd = new java.util.ArrayList<>(List.of(SSH_KEYGEN.toString(), "-q", "-t", type.keygenName));
        cmd.addAll(type.options);
        cmd.addAll(List.of("-N", "", "-C", "scrub837-test", "-f", file.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ssh-keygen failed: " + out);
        }
        return file;
    }

    /** A known_hosts line for this server with the host key in {@code publicKeyFile} (an ssh-keygen .pub). */
    Path knownHosts(Path publicKeyFile) throws IOException {
        String[] pub = Files.readString(publicKeyFile, StandardCharsets.US_ASCII).trim().split(" ");
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "[127.0.0.1]:" + port + " " + pub[0] + " " + pub[1] + "\n", StandardCharsets.US_ASCII);
        return file;
    }

    /** The host key this server presents (its .pub file). */
    Path hostPublicKey() throws IOException {
        for (String line : Files.readAllLines(config, StandardCharsets.US_ASCII)) {
            if (line.startsWith("HostKey ")) {
                return Path.of(line.substring(8) + ".pub");
            }
        }
        throw new IllegalStateException("no HostKey in " + config);
    }

    /** Gives the server a new host key of the type (takes effect at the next {@link #restart()}). */
    void replaceHostKey(KeyType type) throws IOException, InterruptedException {
        Path key = Path.of(hostPublicKey().toString().replaceFirst("\\.pub$", ""));
        keygen(key, type);
    }

    private void launch() throws Exception {
        Path log = dir.resolve("sshd.log");
        process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("sshd exited with " + process.exitValue() + ": "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("sshd did not listen on " + port + ": " + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Kills the server as a crash would (connections cut). */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            // the listener and every session process: sessions are children of the listener
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    void restart() throws Exception {
        stop();
        launch();
    }

    String log() throws IOException {
        Path log = dir.resolve("sshd.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}

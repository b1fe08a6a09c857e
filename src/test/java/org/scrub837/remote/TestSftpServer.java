package org.scrub837.remote;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An SFTP server (Apache MINA SSHD) on 127.0.0.1 and a free port, serving {@code root} to the user
 * {@value #USER}, who logs in with the key pair this class makes (or {@link #PASSWORD}).
 */
final class TestSftpServer implements AutoCloseable {

    static final String USER = "clinic";
    static final String PASSWORD = "sftp-test-password";

    final Path root;
    final Path clientKey;
    private final SshServer server;
    private final PublicKey hostKey;

    private TestSftpServer(Path root, Path clientKey, SshServer server, PublicKey hostKey) {
        this.root = root;
        this.clientKey = clientKey;
        this.server = server;
        this.hostKey = hostKey;
    }

    static TestSftpServer start(Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("sftp-root"));
        for (String folder : new String[] {"inbox", "archive", "failed", "outbox", "reports"}) {
            Files.createDirectories(root.resolve(folder));
        }
        KeyPair client = ecKeyPair();
        Path clientKey = dir.resolve("client_ecdsa");
        try (OutputStream out = Files.newOutputStream(clientKey)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(client, "scrub837-test", null, out);
        }
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(dir.resolve("host.ser"));
        hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        hostKeys.setKeySize(256);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(hostKeys);
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                && KeyUtils.compareKeys(key, client.getPublic()));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        PublicKey hostKey = hostKeys.loadKeys(null).iterator().next().getPublic();
        return new TestSftpServer(root, clientKey, server, hostKey);
    }

    int port() {
        return server.getPort();
    }

    /** A known_hosts file naming this server's host key (or, when {@code wrong}, another key). */
    Path knownHosts(Path dir, boolean wrong) throws Exception {
        PublicKey key = wrong ? ecKeyPair().getPublic() : hostKey;
        Path file = dir.resolve(wrong ? "known_hosts_wrong" : "known_hosts");
        Files.writeString(file, "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key) + "\n",
                StandardCharsets.US_ASCII);
        return file;
    }

    private static KeyPair ecKeyPair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    @Override
    public void close() throws Exception {
        server.stop(true);
    }
}

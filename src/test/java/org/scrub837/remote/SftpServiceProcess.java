package org.scrub837.remote;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * The service as shipped ({@code java -jar target/scrub837.jar run}) with SFTP in and out against an
 * {@link OpenSshServer}, key authentication, its local folders under {@code local/} and health on a
 * free port of 127.0.0.1; close() stops it with SIGTERM.
 */
final class SftpServiceProcess implements AutoCloseable {

    final Path local;
    final Path log;
    final int httpPort;
    private final Process process;

    private SftpServiceProcess(Path local, Path log, int httpPort, Process process) {
        this.local = local;
        this.log = log;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** @param knownHosts the known_hosts file the service checks the server's key against */
    static SftpServiceProcess start(Path dir, OpenSshServer sftp, Path knownHosts, String... settings) throws Exception {
        Path local = dir.resolve("local");
        Path config = TestConfig.watchFolder(local, 1);
        int httpPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            httpPort = s.getLocalPort();
        }
        List<String> lines = new ArrayList<>(List.of("scrub.sftp.enabled = true", "scrub.sftp.host = 127.0.0.1",
                "scrub.sftp.port = " + sftp.port, "scrub.sftp.user = " + sftp.user,
                "scrub.sftp.privateKeyFile = " + sftp.clientKey, "scrub.sftp.knownHostsFile = " + knownHosts,
                "scrub.formats = json",
                "scrub.http.port = " + httpPort, "scrub.http.host = 127.0.0.1",
                "scrub.pollDelay = 200", "scrub.readLockMinAge = 300"));
        lines.addAll(List.of(settings));
        InboxInputs.override(config, lines.toArray(String[]::new));
        Path log = dir.resolve("service.log");
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx256m"),
                "run", "--config", config.toString()));
        pb.directory(Path.of("").toAbsolutePath().toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new SftpServiceProcess(local, log, httpPort, pb.start());
    }

    /** Waits for a condition (generous limit: the machine is shared); fails with the logs otherwise. */
    void await(BooleanSupplier done, String what, OpenSshServer sftp) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!done.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + " waiting for " + what
                        + ":\n" + log());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + ":\n" + log() + "\n--- sshd:\n" + sftp.log());
            }
            Thread.sleep(100);
        }
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The readiness answer's HTTP status (200 UP, 503 DOWN), or -1 while nothing listens. */
    int readiness() {
        try {
            java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient();
            return c.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + httpPort + "/observe/health/ready"))
                    .timeout(java.time.Duration.ofSeconds(5)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}

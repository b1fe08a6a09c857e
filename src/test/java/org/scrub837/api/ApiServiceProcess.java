package org.scrub837.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

/**
 * The service ({@code scrub837 run}) as a JVM of its own with the HTTP API on, on a free port of
 * 127.0.0.1, its secrets in its environment as in production; close() kills it.
 */
final class ApiServiceProcess implements AutoCloseable {

    final Path root;
    final int port;
    private final Process process;

    private ApiServiceProcess(Path root, int port, Process process) {
        this.root = root;
        this.port = port;
        this.process = process;
    }

    /**
     * @param settings extra application.properties lines
     * @param env      environment variables of the service (API key, keystore password)
     */
    static ApiServiceProcess start(Path root, List<String> settings, Map<String, String> env) throws Exception {
        return start(root, settings, List.of(), env);
    }

    /** @param limits extra limits.properties lines */
    static ApiServiceProcess start(Path root, List<String> settings, List<String> limits, Map<String, String> env)
            throws Exception {
        return start(root, settings, limits, env, "384m");
    }

    /** @param heap the service's -Xmx */
    static ApiServiceProcess start(Path root, List<String> settings, List<String> limits, Map<String, String> env,
            String heap) throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Files.writeString(config.resolve("limits.properties"), "\n" + String.join("\n", limits) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        int port = freePort();
        String[] lines = new String[settings.size() + 2];
        lines[0] = "scrub.api.enabled = true";
        lines[1] = "scrub.http.port = " + port;
        for (int i = 0; i < settings.size(); i++) {
            lines[i + 2] = settings.get(i);
        }
        InboxInputs.override(config, lines);
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-XX:+UseSerialGC", "-Xmx" + heap,
                // the service's own logging (logback.xml), not the tests' quiet console (logback-test.xml)
                "-Dlogback.configurationFile=logback.xml"), "run", "--config", config.toString()));
        pb.environment().putAll(env);
        pb.directory(Path.of("").toAbsolutePath().toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(root.resolve("service.log").toFile());
        ApiServiceProcess s = new ApiServiceProcess(root, port, pb.start());
        return s;
    }

    /**
     * Waits until the API takes requests (or the service died): the port accepts connections and
     * the API's path answers something else than 503. The server listens before the API's route has
     * started, and answers 503 until it has (ApiGate); a request sent on the first answer alone
     * could land in that gap and never reach the API.
     */
    void awaitListening(HttpClient client, String scheme) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(scheme + "://127.0.0.1:" + port + "/api/v1/scrub"))
                        .timeout(Duration.ofSeconds(2)).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 503) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the API did not take requests within 60 s:\n" + log());
    }

    /** Exits, as a misconfigured service must; returns its exit status. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the service did not exit");
        }
        return process.exitValue();
    }

    URI uri(String scheme, String query) {
        return URI.create(scheme + "://127.0.0.1:" + port + "/api/v1/scrub" + (query == null ? "" : "?" + query));
    }

    String log() throws IOException {
        Path log = root.resolve("service.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

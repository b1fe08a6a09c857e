package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.camel.WatchFolderService;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * While the API's route is not running and the HTTP server is (at start, the server listens before
 * the routes start; at stop, the routes stop first), a request is answered 503 with Retry-After
 * and a JSON error, not the server's HTML 404 "Resource not found" for a path the API documents;
 * once the route runs again the same request is scrubbed. The route is stopped and started here by
 * hand, which holds the service in that state for as long as the test needs (the start-up gap
 * itself is too short to hit on purpose). Tests waiting for the service rely on the 503
 * ({@link ApiServiceProcess#awaitListening}).
 */
class ApiNotRunningTest {

    @Test
    void aRequestWhileTheRouteIsStoppedIs503ThenScrubbedOnceItRuns(@TempDir Path root) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = TestConfig.watchFolder(root, 1);
        InboxInputs.override(config, "scrub.api.enabled = true", "scrub.http.port = " + port, "scrub.formats = json");
        byte[] body = Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi"));
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/scrub");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Main main = WatchFolderService.createMain(config);
        Thread runner = new Thread(() -> {
            try {
                main.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "camel-main-under-test");
        runner.start();
        try {
            awaitStatus(client, uri, body, 200);
            main.getCamelContext().getRouteController().stopRoute(ApiService.ROUTE_ID);

            HttpResponse<String> refused = post(client, uri, body);
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            String error = new ObjectMapper().readTree(refused.body()).get("error").asText();
            assertTrue(error.contains("not running"), error);

            main.getCamelContext().getRouteController().startRoute(ApiService.ROUTE_ID);
            HttpResponse<String> scrubbed = post(client, uri, body);
            assertEquals(200, scrubbed.statusCode(), scrubbed.body());
        } finally {
            main.completed();
            runner.join(30_000);
        }
    }

    private static HttpResponse<String> post(HttpClient client, URI uri, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/edi-x12").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts until the answer has this status (the service is starting), for up to 60 s. */
    private static void awaitStatus(HttpClient client, URI uri, byte[] body, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = post(client, uri, body);
                if (r.statusCode() == status) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException notYet) {
                last = notYet.getClass().getSimpleName();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the API did not answer " + status + " within 60 s; last: " + last);
    }
}

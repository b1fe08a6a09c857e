package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.store.TestDatabase;
import org.scrub837.testing.ShippedJar;

/**
 * Health and metrics answer while every worker thread of the HTTP server is held by an API
 * request: 24 requests, more than Vert.x's 20 workers, each stopped inside its scrub by the
 * cross-file duplicate-claim edit waiting on a lock the test holds on the claim history table (so
 * they stay in flight for as long as the test wants, whatever the machine's speed). Readiness,
 * liveness and metrics must answer 200 meanwhile; once the lock is released every request gets its
 * report. Before, the answers ran as Camel routes on that same worker pool and queued behind the API
 * requests until they finished (3.9 s was measured in a burst; here they never would).
 */
@Tag(ShippedJar.TAG)
class HealthAnswersDuringApiBurstTest {

    /** More than Vert.x's 20 worker threads. */
    private static final int HELD = 24;
    private static final int WORKERS = 20;
    /** Only a stuck request reaches this; it is not a measure of how fast the answers are. */
    private static final Duration STUCK = Duration.ofSeconds(30);

    @Test
    void healthAnswersWhileEveryApiWorkerIsHeld(@TempDir Path root) throws Exception {
        byte[] body = Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi"));
        try (TestDatabase tdb = TestDatabase.create()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            try (ApiServiceProcess service = ApiServiceProcess.start(root,
                    List.of("scrub.api.maxConcurrent = " + (HELD + 4), "scrub.api.maxScrubbing = " + (HELD + 4),
                            "scrub.formats = json",
                            "scrub.jdbc.url = " + tdb.url(), "scrub.jdbc.user = " + tdb.user(),
                            "scrub.history.duplicateWindowDays = 30"),
                    List.of(), TestDatabase.environment(), "384m")) {
                service.awaitListening(client, "http");
                String base = "http://127.0.0.1:" + service.port;
                awaitReady(client, base);

                List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
                try (Connection lock = tdb.lockTable("scrub_claim_history")) {
                    for (int i = 0; i < HELD; i++) {
                        burst.add(client.sendAsync(HttpRequest.newBuilder(service.uri("http", null))
                                .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/edi-x12")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofString()));
                    }
                    // each request scrubbing has its body in a folder of its own: every worker is inside a scrub, waiting
                    Path requests = root.resolve("state/api-requests");
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    while (inFlight(requests) < WORKERS) {
                        assertTrue(System.nanoTime() < deadline, "the API requests did not all reach a worker: "
                                + inFlight(requests) + " in flight\n" + service.log());
                        Thread.sleep(100);
                    }
                    assertTrue(burst.stream().noneMatch(CompletableFuture::isDone), "the requests are held");

                    for (String path : new String[] {"/observe/health/ready", "/observe/health/live",
                            "/observe/health", "/observe/metrics"}) {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(STUCK).GET().build(), HttpResponse.BodyHandlers.ofString());
                        assertEquals(200, r.statusCode(), path + ": " + r.body());
                    }
                    assertTrue(burst.stream().noneMatch(CompletableFuture::isDone), "answered while the requests were held");
                    lock.rollback();
                }
                for (CompletableFuture<HttpResponse<String>> f : burst) {
                    HttpResponse<String> r = f.get(5, TimeUnit.MINUTES);
                    assertEquals(200, r.statusCode(), r.body());
                    assertTrue(r.body().contains("\"claims\""), r.body());
                }
            }
        }
    }

    private static long inFlight(Path requests) throws Exception {
        if (!Files.isDirectory(requests)) {
            return 0;
        }
        // a request taken has its body in a folder of its own; emptied folders are kept for later requests
        try (Stream<Path> s = Files.list(requests)) {
            return s.filter(folder -> Files.exists(folder.resolve(ScrubApiProcessor.REQUEST_NAME))).count();
        }
    }

    private static void awaitReady(HttpClient client, String base) throws Exception {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/observe/health/ready")).timeout(STUCK).GET()
                .build();
        for (int i = 0; i < 300; i++) {
            if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become ready");
    }
}

package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * {@code scrub.api.maxScrubbing} bounds the scrubs running at once, below the requests in progress
 * ({@code scrub.api.maxConcurrent}): with 1, of three requests taken (each with its body on disk)
 * one scrubs and two wait their turn. Each scrub is held at its first read of the claim history by a
 * lock the test keeps, so the scrubs running are the sessions waiting on that lock; once it is
 * released all three answer. Before, every request taken scrubbed at once: on two cores, dozens of
 * scrubs left the HTTP server's event loop (health, metrics) waiting for a core.
 */
@Tag(ShippedJar.TAG)
class ApiMaxScrubbingTest {

    private static final int REQUESTS = 3;

    @Test
    void oneScrubAtATimeOfThreeRequestsTaken(@TempDir Path root) throws Exception {
        byte[] body = Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi"));
        try (TestDatabase tdb = TestDatabase.create()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            try (ApiServiceProcess service = ApiServiceProcess.start(root,
                    List.of("scrub.api.maxConcurrent = 4", "scrub.api.maxScrubbing = 1", "scrub.formats = json",
                            "scrub.jdbc.url = " + tdb.url(), "scrub.jdbc.user = " + tdb.user(),
                            "scrub.history.duplicateWindowDays = 30"),
                    List.of(), TestDatabase.environment(), "256m")) {
                service.awaitListening(client, "http");
                List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
                try (Connection lock = tdb.lockTable("scrub_claim_history")) {
                    for (int i = 0; i < REQUESTS; i++) {
                        sent.add(client.sendAsync(HttpRequest.newBuilder(service.uri("http", null))
                                .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/edi-x12")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofString()));
                    }
                    Path requests = root.resolve("state/api-requests");
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    while (taken(requests) < REQUESTS || TestDatabase.sessionsWaitingOn(lock, "scrub_claim_history") < 1) {
                        assertTrue(System.nanoTime() < deadline, "the requests were not all taken: " + taken(requests)
                                + " taken, " + TestDatabase.sessionsWaitingOn(lock, "scrub_claim_history") + " scrubbing\n" + service.log());
                        Thread.sleep(100);
                    }
                    // the other two are taken and free to go on but for their turn: given a while, none does
                    for (int i = 0; i < 20; i++) {
                        assertEquals(1, TestDatabase.sessionsWaitingOn(lock, "scrub_claim_history"), "scrubs running at once with scrub.api.maxScrubbing = 1");
                        Thread.sleep(100);
                    }
                    assertTrue(sent.stream().noneMatch(CompletableFuture::isDone), "held by the lock");
                    lock.rollback();
                }
                for (CompletableFuture<HttpResponse<String>> f : sent) {
                    HttpResponse<String> r = f.get(5, TimeUnit.MINUTES);
                    assertEquals(200, r.statusCode(), r.body());
                }
            }
        }
    }

    private static long taken(Path requests) throws Exception {
        if (!Files.isDirectory(requests)) {
            return 0;
        }
        // a request taken has its body in a folder of its own; emptied folders are kept for later requests
        try (Stream<Path> s = Files.list(requests)) {
            return s.filter(folder -> Files.exists(folder.resolve(ScrubApiProcessor.REQUEST_NAME))).count();
        }
    }
}

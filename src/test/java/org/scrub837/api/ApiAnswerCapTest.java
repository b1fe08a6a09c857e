package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.ShippedJar;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API's memory is bounded by its settings, not by what a request's answer happens to be: an
 * answer larger than scrub.api.maxAnswerBytes is refused with 413 naming the key (send fewer
 * claims), so maxConcurrent concurrent maximum-size requests at -Xmx256m end without an error;
 * a small request is still answered in full.
 */
@Tag(ShippedJar.TAG)
class ApiAnswerCapTest {

    private static final int AT_ONCE = 3;
    private static final long MAX_BODY = 1 << 20;
    private static final long MAX_ANSWER = 200_000;

    @Test
    void answersBeyondTheCapAre413AndTheHeapHolds(@TempDir Path root) throws Exception {
        byte[] one = Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (body.size() + one.length <= MAX_BODY) {
            body.write(one);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (ApiServiceProcess service = ApiServiceProcess.start(root,
                List.of("scrub.api.maxConcurrent = " + AT_ONCE, "scrub.api.maxAnswerBytes = " + MAX_ANSWER),
                List.of(ApiSettings.MAX_BODY_BYTES + "=" + MAX_BODY), Map.of(), "256m")) {
            service.awaitListening(client, "http");
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(service.uri("http", null))
                        .timeout(Duration.ofSeconds(300)).header("Content-Type", "application/edi-x12")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get(300, TimeUnit.SECONDS);
                assertEquals(413, r.statusCode(), r.body());
                String error = new ObjectMapper().readTree(r.body()).get("error").asText();
                assertTrue(error.contains(ApiSettings.MAX_ANSWER_BYTES) && error.contains("fewer claims"), error);
            }
            HttpResponse<String> small = client.send(HttpRequest.newBuilder(service.uri("http", null))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/edi-x12")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(one)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, small.statusCode(), small.body());
            assertFalse(service.log().contains("OutOfMemoryError"), service.log());
        }
    }
}

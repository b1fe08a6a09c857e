package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.scrub837.testing.ShippedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * POST /api/v1/scrub on 127.0.0.1 with an API key, through java.net.http against the running
 * service: each answer format, a wrong key, something that is not an 837, an oversized body, and a
 * burst of parallel requests beyond the concurrency limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(ShippedJar.TAG)
class ScrubApiLoopbackTest {

    private static final String KEY = "test-key-0123456789abcdef";
    private static final long MAX_BODY = 200_000;
    private static final Path MIXED = Path.of("edi-samples/837P/multi-claim-mixed.edi");
    private static final Path CLEAN = Path.of("edi-samples/837P/q4293-clean.edi");

    private ApiServiceProcess service;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start(@TempDir Path root) throws Exception {
        service = ApiServiceProcess.start(root, List.of("scrub.api.keyEnv = SCRUB_API_KEY", "scrub.api.maxConcurrent = 2"),
                List.of(ApiSettings.MAX_BODY_BYTES + "=" + MAX_BODY), Map.of("SCRUB_API_KEY", KEY));
        service.awaitListening(client, "http");
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
    }

    private HttpResponse<String> post(String query, String accept, String key, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.uri("http", query)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void jsonReportByDefault() throws Exception {
        HttpResponse<String> r = post(null, null, KEY, Files.readAllBytes(MIXED));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode report = new ObjectMapper().readTree(r.body());
        assertEquals("partial", report.get("status").asText());
        assertEquals(4, report.get("summary").get("claims").asInt());
        assertFalse(r.headers().firstValue("X-API-Key").isPresent(), "the key is not echoed");
    }

    @Test
    void eachX12AnswerByParameterOrAccept() throws Exception {
        byte[] mixed = Files.readAllBytes(MIXED);
        HttpResponse<String> ack999 = post("format=999", null, KEY, mixed);
        assertEquals(200, ack999.statusCode());
        assertTrue(ack999.body().contains("ST*999*"), ack999.body());
        HttpResponse<String> ack277 = post(null, "application/vnd.scrub837.277ca", KEY, mixed);
        assertEquals(200, ack277.statusCode());
        assertTrue(ack277.body().contains("ST*277*"), ack277.body());
        HttpResponse<String> clean = post("format=clean", null, KEY, mixed);
        assertTrue(clean.body().contains("CLM*PCN-P-M1*") && !clean.body().contains("CLM*PCN-P-M2*"), clean.body());
        HttpResponse<String> rejected = post("format=rejected", null, KEY, mixed);
        assertTrue(rejected.body().contains("CLM*PCN-P-M2*") && !rejected.body().contains("CLM*PCN-P-M1*"));
        assertEquals(204, post("format=rejected", null, KEY, Files.readAllBytes(CLEAN)).statusCode(),
                "no rejected claim: no content");
        assertEquals(406, post("format=pdf", null, KEY, mixed).statusCode());
    }

    @Test
    void wrongOrMissingKeyIs401WithoutEchoingInput() throws Exception {
        for (String key : new String[] {"test-key-0123456789abcdeX", null, ""}) {
            HttpResponse<String> r = post(null, null, key, Files.readAllBytes(MIXED));
            assertEquals(401, r.statusCode());
            assertFalse(r.body().contains("PCN-P") || (key != null && !key.isEmpty() && r.body().contains(key)), r.body());
        }
    }

    @Test
    void notAnEdiFileIs400WithTheReadersMessage() throws Exception {
        HttpResponse<String> r = post(null, null, KEY, "%PDF-1.7 not a claim file".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, r.statusCode());
        String error = new ObjectMapper().readTree(r.body()).get("error").asText();
        assertTrue(error.contains("request.837"), error);
    }

    @Test
    void formEncodedBodyIs400NamingTheContentType() throws Exception {
        // what `curl --data-binary` sends without -H "Content-Type: ...": the server reads it as form fields
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(service.uri("http", null))
                .timeout(Duration.ofSeconds(60)).header("X-API-Key", KEY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(CLEAN))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        assertEquals(400, r.statusCode(), r.body());
        String error = new ObjectMapper().readTree(r.body()).get("error").asText();
        assertTrue(error.contains("Content-Type: application/edi-x12"), error);
        assertFalse(r.body().contains("PCN-P"), "no claim data echoed");
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        byte[] big = new byte[(int) MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) 'A');
        HttpResponse<String> r = post(null, null, KEY, big);
        assertEquals(413, r.statusCode());
        // the API's own answer, not the server's: refused from the declared length (ApiGate) before
        // the body is read into the heap
        assertTrue(r.body().contains("scrub.limits.apiMaxBodyBytes"), r.body());
    }

    @Test
    void burstOfParallelRequestsAllAnswerCorrectly() throws Exception {
        byte[] mixed = Files.readAllBytes(MIXED);
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            burst.add(client.sendAsync(HttpRequest.newBuilder(service.uri("http", null))
                    .timeout(Duration.ofSeconds(120)).header("X-API-Key", KEY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mixed)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        int ok = 0;
        for (CompletableFuture<HttpResponse<String>> f : burst) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() == 200) {
                assertEquals("partial", new ObjectMapper().readTree(r.body()).get("status").asText());
                ok++;
            } else {
                // beyond the concurrency limit a request is turned away, never half-answered
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            }
        }
        assertTrue(ok >= 2, "at least the concurrency limit's worth were answered: " + ok);
        assertTrue(service.log().contains("api scrub status=200"));
        assertFalse(service.log().contains("PCN-P-M"), "no claim data in the log");
    }
}

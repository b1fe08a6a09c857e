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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.ShippedJar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the API's gate refuses, against the running service: a key in the URL (headers only), a
 * request without a key whatever its body type (401 before the body is read), an unsupported body
 * type with a key (415), and every refusal in the one {@code {"error": ...}} shape that quotes
 * nothing of the request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(ShippedJar.TAG)
class ApiGateRefusalsTest {

    private static final String KEY = "gate-key-0123456789abcdef";
    private static final Path CLEAN = Path.of("edi-samples/837P/q4293-clean.edi");

    private ApiServiceProcess service;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start(@TempDir Path root) throws Exception {
        service = ApiServiceProcess.start(root, List.of("scrub.api.keyEnv = SCRUB_API_KEY"),
                Map.of("SCRUB_API_KEY", KEY));
        service.awaitListening(client, "http");
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
    }

    private HttpResponse<String> post(String query, Map<String, String> headers, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(service.uri("http", query)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    /** The body is exactly {"error": text}, and the text holds nothing of the request. */
    private static void assertFixedError(HttpResponse<String> r, String... notQuoted) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertTrue(body.isObject() && body.size() == 1 && body.get("error").isTextual(), r.body());
        for (String s : notQuoted) {
            assertFalse(r.body().contains(s), "the answer quotes '" + s + "': " + r.body());
        }
    }

    @Test
    void keyInTheQueryStringIsNotAccepted() throws Exception {
        byte[] body = Files.readAllBytes(CLEAN);
        HttpResponse<String> xApiKey = post("X-API-Key=" + KEY, Map.of("Content-Type", "application/edi-x12"), body);
        assertEquals(401, xApiKey.statusCode(), xApiKey.body());
        assertFixedError(xApiKey, KEY);
        HttpResponse<String> bearer = post("Authorization=Bearer%20" + KEY, Map.of(), body);
        assertEquals(401, bearer.statusCode(), bearer.body());
        assertFixedError(bearer, KEY);
        assertEquals(200, post(null, Map.of("Authorization", "Bearer " + KEY), body).statusCode(),
                "the same key in the header is accepted");
    }

    @Test
    void multipartWithoutKeyIs401BeforeTheBodyIsRead() throws Exception {
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.edi\"\r\n\r\n"
                + Files.readString(CLEAN, StandardCharsets.ISO_8859_1) + "\r\n--b--\r\n";
        HttpResponse<String> r = post(null, Map.of("Content-Type", "multipart/form-data; boundary=b"),
                multipart.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(401, r.statusCode(), r.body());
        assertFixedError(r, "PCN-");
        assertFalse(service.log().contains("\tat "), "no stack trace in the log:\n" + service.log());
    }

    @Test
    void unsupportedBodyTypeWithKeyIs415() throws Exception {
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nISA*00\r\n--b--\r\n";
        HttpResponse<String> r = post("trace=" + KEY.substring(0, 8), Map.of("X-API-Key", KEY,
                "Content-Type", "multipart/form-data; boundary=b"), multipart.getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, r.statusCode(), r.body());
        assertFixedError(r, KEY, KEY.substring(0, 8), "boundary");
        HttpResponse<String> json = post(null, Map.of("X-API-Key", KEY, "Content-Type", "application/json"),
                "{\"claim\": 1}".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, json.statusCode(), json.body());
        assertFixedError(json, KEY, "claim");
        assertFalse(service.log().contains("\tat "), "no stack trace in the log:\n" + service.log());
    }
}

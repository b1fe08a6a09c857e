package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A body the API could not bound is refused from its headers, before a byte of it is sent: the
 * HTTP server's streaming body handler would otherwise read all of it into the heap before the
 * processor's own limit applies. The requests are written by hand on a socket, headers only, and
 * the answer must come while the body is still unsent (before, the server waited for the body).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(ShippedJar.TAG)
class ApiBodyLengthRefusalTest {

    private static final String KEY = "length-key-0123456789abcdef";

    private ApiServiceProcess service;

    @BeforeAll
    void start(@TempDir Path root) throws Exception {
        service = ApiServiceProcess.start(root, List.of("scrub.api.keyEnv = SCRUB_API_KEY"),
                Map.of("SCRUB_API_KEY", KEY));
        service.awaitListening(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), "http");
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
    }

    /** Sends the request head only and reads the answer's status line and body. */
    private String[] headOnly(String extraHeader) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.uri("http", null).getPort())) {
            socket.setSoTimeout(30_000); // the server waiting for the body fails here, not by hanging
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/scrub HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + KEY
                    + "\r\nContent-Type: application/edi-x12\r\n" + extraHeader + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.US_ASCII);
                int head = text.indexOf("\r\n\r\n");
                if (head > 0 && text.endsWith("}")) {
                    return new String[] {text.substring(0, text.indexOf("\r\n")), text.substring(head + 4)};
                }
            }
            return new String[] {answer.toString(StandardCharsets.US_ASCII), ""};
        }
    }

    @Test
    void declaredLengthAboveTheLimitIs413BeforeTheBody() throws Exception {
        String[] answer = headOnly("Content-Length: 1000000000000");
        assertTrue(answer[0].startsWith("HTTP/1.1 413"), answer[0]);
        String error = new ObjectMapper().readTree(answer[1]).get("error").asText();
        assertTrue(error.contains(ApiSettings.MAX_BODY_BYTES), error);
    }

    @Test
    void chunkedBodyIs411BeforeTheBody() throws Exception {
        String[] answer = headOnly("Transfer-Encoding: chunked");
        assertTrue(answer[0].startsWith("HTTP/1.1 411"), answer[0]);
        String error = new ObjectMapper().readTree(answer[1]).get("error").asText();
        assertEquals(true, error.contains("Content-Length"), error);
    }
}

package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.Tag;
import org.scrub837.testing.ShippedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over TLS with a server certificate and an API key: a client trusting the certificate gets
 * the report, a wrong key 401, plain HTTP on the TLS port no answer.
 */
@Tag(ShippedJar.TAG)
class ScrubApiTlsTest {

    private static final String KEY = "tls-test-key-42";
    private static final Path CLEAN = Path.of("edi-samples/837P/q4293-clean.edi");

    @TempDir
    Path root;

    private static HttpResponse<String> post(HttpClient client, ApiServiceProcess s, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("https", null)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofFile(CLEAN));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(SSLContext ctx) {
        return HttpClient.newBuilder().sslContext(ctx).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void serverCertificateAndApiKey() throws Exception {
        Path certs = Files.createDirectories(root.resolve("certs"));
        Path server = TestCertificates.keyStore(certs, "server");
        Path trustServer = TestCertificates.trustStore(certs, server, "server");
        try (ApiServiceProcess s = ApiServiceProcess.start(root.resolve("svc"), List.of(
                "scrub.api.keyEnv = SCRUB_API_KEY", "scrub.api.tls.keyStore = " + server),
                Map.of("SCRUB_API_KEY", KEY, "SCRUB_API_KEYSTORE_PASSWORD", TestCertificates.PASSWORD))) {
            HttpClient trusting = client(TestCertificates.context(trustServer, null));
            s.awaitListening(trusting, "https");
            assertEquals(200, post(trusting, s, KEY).statusCode());
            assertEquals(401, post(trusting, s, "wrong").statusCode());
            // plain HTTP on the TLS port gets no answer
            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(s.uri("http", null))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofFile(CLEAN)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
    }
}

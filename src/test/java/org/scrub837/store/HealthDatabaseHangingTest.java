package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.JarProcess;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TcpRelay;
import org.scrub837.testing.TestConfig;

/**
 * A database that accepts connections and never answers (a hung server, a half-open network path)
 * holds no health answer: while it hangs, readiness, liveness and metrics answer every request, several
 * at once, and readiness turns DOWN naming the wait; once the database answers again, readiness is UP
 * again. Before, each readiness request waited on its own connection, with no limit, and two of
 * them took every thread the health answers had, so liveness and metrics never answered either.
 */
@Tag(ShippedJar.TAG)
class HealthDatabaseHangingTest {

    /** Only a stuck request reaches this; it is not a measure of how fast the answers are. */
    private static final Duration STUCK = Duration.ofSeconds(30);

    @Test
    void healthAnswersWhileTheDatabaseHangs(@TempDir Path root) throws Exception {
        try (TestDatabase tdb = TestDatabase.create(); TcpRelay relay = new TcpRelay(5432)) {
            String url = tdb.url().replace("127.0.0.1:5432", "127.0.0.1:" + relay.port());
            Path config = TestConfig.watchFolder(root, 1);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            InboxInputs.override(config, "scrub.jdbc.url = " + url, "scrub.jdbc.user = " + tdb.user(),
                    "scrub.http.port = " + port);
            try (JarProcess service = JarProcess.start(root, root.resolve("service.log"), TestDatabase.environment(),
                    List.of("-Xmx256m"), "run", "--config", config.toString())) {
                service.await(() -> service.logContains(") started"), "started");
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                String base = "http://127.0.0.1:" + port;
                awaitStatus(client, base + "/observe/health/ready", 200, "");

                relay.hang();
                // more readiness requests at once than the health answers ever had threads
                List<CompletableFuture<HttpResponse<String>>> asked = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    asked.add(client.sendAsync(get(base + "/observe/health/ready"), HttpResponse.BodyHandlers.ofString()));
                }
                assertEquals(200, client.send(get(base + "/observe/health/live"), HttpResponse.BodyHandlers.ofString())
                        .statusCode(), "liveness while the database hangs");
                assertEquals(200, client.send(get(base + "/observe/metrics"), HttpResponse.BodyHandlers.ofString())
                        .statusCode(), "metrics while the database hangs");
                for (CompletableFuture<HttpResponse<String>> a : asked) {
                    int status = a.join().statusCode();
                    assertTrue(status == 200 || status == 503, "readiness while the database hangs: " + status);
                }
                HttpResponse<String> down = awaitStatus(client, base + "/observe/health/ready", 503,
                        "the database did not answer within");
                assertTrue(down.body().contains("\"database\""), down.body());

                relay.resume();
                awaitStatus(client, base + "/observe/health/ready", 200, "");
            }
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(STUCK).GET().build();
    }

    /** Asks until the answer has this status and text (60 s at most: only a broken service takes that long). */
    private static HttpResponse<String> awaitStatus(HttpClient client, String url, int status, String text)
            throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 300; i++) {
            last = client.send(get(url), HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == status && last.body().contains(text)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(url + " did not answer " + status + " with '" + text + "'; last: " + last.statusCode()
                + " " + last.body());
    }
}

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
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.JarProcess;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TcpRelay;
import org.scrub837.testing.TestConfig;

/**
 * With the store configured, readiness includes the database: UP while PostgreSQL answers, DOWN
 * (503, the database check naming the SQL state) once it cannot be reached (within a few seconds:
 * it is probed every second), here through a TCP relay the test closes.
 */
@Tag(ShippedJar.TAG)
class ReadinessDatabaseDownTest {

    @Test
    void readinessGoesDownWithTheDatabase(@TempDir Path root) throws Exception {
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
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health/ready"))
                        .timeout(Duration.ofSeconds(30)).build();
                HttpResponse<String> up = client.send(ready, HttpResponse.BodyHandlers.ofString());
                // ready once the inbox consumer has polled
                for (int i = 0; i < 300 && up.statusCode() != 200; i++) {
                    Thread.sleep(200);
                    up = client.send(ready, HttpResponse.BodyHandlers.ofString());
                }
                assertEquals(200, up.statusCode(), up.body());
                assertTrue(up.body().contains("\"database\""), up.body());
                relay.close();
                // the database is probed every second off the request: readiness follows within a few
                HttpResponse<String> down = client.send(ready, HttpResponse.BodyHandlers.ofString());
                for (int i = 0; i < 150 && down.statusCode() != 503; i++) {
                    Thread.sleep(200);
                    down = client.send(ready, HttpResponse.BodyHandlers.ofString());
                }
                assertEquals(503, down.statusCode(), down.body());
                assertTrue(down.body().contains("the database cannot be reached"), down.body());
            }
        }
    }
}

package org.scrub837.camel;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the service's health and metrics endpoints, and a free port to put them on. */
final class ServiceHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceHttp() {
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the address answers with {@code status}; the limit only stops a hung test. */
    static HttpResponse<String> awaitStatus(String url, int status, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(url);
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (IOException notYet) {
                // the server is not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError(url + " did not answer " + status + " within " + seconds + " s; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }
}

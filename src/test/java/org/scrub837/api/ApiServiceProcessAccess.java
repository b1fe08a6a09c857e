package org.scrub837.api;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@link ApiServiceProcess} for tests of other packages: the service with the API on, no key. */
public final class ApiServiceProcessAccess implements AutoCloseable {

    private final ApiServiceProcess service;

    private ApiServiceProcessAccess(ApiServiceProcess service) {
        this.service = service;
    }

    /** @param settings extra application.properties lines */
    public static ApiServiceProcessAccess start(Path root, List<String> settings) throws Exception {
        return new ApiServiceProcessAccess(ApiServiceProcess.start(root, settings, Map.of()));
    }

    public void awaitListening(HttpClient client) throws Exception {
        service.awaitListening(client, "http");
    }

    /** The API's address with this query (or none). */
    public String uri(String query) {
        return service.uri("http", query).toString();
    }

    public String log() throws java.io.IOException {
        return service.log();
    }

    @Override
    public void close() throws InterruptedException {
        service.close();
    }
}

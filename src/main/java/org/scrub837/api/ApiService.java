package org.scrub837.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.camel.main.Main;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.scrub.ScrubSettings;
import org.scrub837.store.ClaimStore;

/**
 * Puts the HTTP API into the service's camel-main: with {@code scrub.api.enabled = true}, the
 * {@code scrubApiProcessor} bean for routes/api.yaml and the embedded HTTP server's settings (TLS,
 * client certificates, body limit); otherwise routes/api.yaml is left out, so nothing listens.
 */
public final class ApiService {

    /** The route file, left out of the routes when the API is off. */
    static final String ROUTE_FILE = "api.yaml";
    /** The id of the API's route (routes/api.yaml). */
    static final String ROUTE_ID = "scrub-api";
    /** The API's path (routes/api.yaml). */
    static final String PATH = "/api/v1/scrub";

    private ApiService() {
    }

    /**
     * @param props the override properties camel-main will get; the API's server settings are added
     *              (those already there, from the HTTP server's own configuration, are kept)
     */
    public static ApiSettings configure(Main main, Path configDir, ScrubSettings settings, Properties props)
            throws IOException, SQLException {
        ApiSettings api = ApiSettings.from(settings.properties(), new Properties(), System.getenv(), settings.configDir());
        if (!api.enabled()) {
            String exclude = props.getProperty("camel.main.routesExcludePattern", "");
            props.setProperty("camel.main.routesExcludePattern",
                    (exclude.isBlank() ? "" : exclude + ",") + "**/" + ROUTE_FILE);
            return api;
        }
        // its own engine: the API is a look-up before sending; its claims are not recorded in the
        // history as the service's are, but the duplicate-claim edit applies to them
        ScrubEngine engine = ScrubEngine.load(configDir);
        ClaimStore.open(engine.settings()).ifPresent(store -> store.attachTo(engine, false));
        main.bind("scrubApiProcessor", new ScrubApiProcessor(engine, api,
                settings.state().toAbsolutePath().resolve("api-requests")));
        boolean sharedServer = Boolean.parseBoolean(props.getProperty("camel.server.enabled", "false").trim());
        if (sharedServer) {
            // the service's HTTP server (health, metrics) is on: the API joins it, with its body limit
            props.putIfAbsent("camel.server.maxBodySize", Long.toString(api.maxBodyBytes()));
        }
        ApiKeyCheck key = api.apiKey() == null ? null : new ApiKeyCheck(api.apiKey());
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void afterConfigure(org.apache.camel.main.BaseMainSupport m) {
                try {
                    if (!sharedServer) {
                        ApiHttpServer.addTo(m.getCamelContext(), api);
                    }
                    // started after the server, before the routes: no request reaches the API unchecked
                    m.getCamelContext().addService(new ApiGate(m.getCamelContext(), ROUTE_ID, api.port(), key, api.maxBodyBytes()), true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("the API's HTTP server could not be set up: " + e.getMessage(), e);
                }
            }
        });
        return api;
    }
}

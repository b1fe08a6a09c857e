package org.scrub837.api;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The embedded Vert.x HTTP server (camel-platform-http-vertx) the API's platform-http route runs
 * on, bound to {@code scrub.http.host}:{@code scrub.http.port}, with TLS as configured and Vert.x's body limit (413 beyond it, before the body is all in memory).
 *
 * <p>Why not camel-main's {@code camel.server.*}: that needs camel-platform-http-main, which is
 * not published for Camel 4.22.0 on Maven Central; this is the same server that module would start.
 * When the service's own HTTP server (health, metrics) is configured with {@code camel.server.*},
 * the API uses that one instead and this class is not used.
 */
final class ApiHttpServer {

    private ApiHttpServer() {
    }

    static void addTo(CamelContext context, ApiSettings api) throws Exception {
        VertxPlatformHttpServerConfiguration c = new VertxPlatformHttpServerConfiguration();
        c.setBindHost(api.host());
        c.setBindPort(api.port());
        c.setMaxBodySize(api.maxBodyBytes());
        if (api.tls()) {
            c.setSslContextParameters(ssl(api));
        }
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(c);
        context.addService(server, true, true);
    }

    private static SSLContextParameters ssl(ApiSettings api) {
        KeyStoreParameters keyStore = new KeyStoreParameters();
        keyStore.setResource("file:" + api.keyStore());
        keyStore.setType(type(api.keyStore().toString()));
        if (api.keyStorePassword() != null) {
            keyStore.setPassword(api.keyStorePassword());
        }
        KeyManagersParameters keys = new KeyManagersParameters();
        keys.setKeyStore(keyStore);
        if (api.keyStorePassword() != null) {
            keys.setKeyPassword(api.keyStorePassword());
        }
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setKeyManagers(keys);
        return ssl;
    }

    /** PKCS12 unless the file says JKS. */
    private static String type(String file) {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
    }
}

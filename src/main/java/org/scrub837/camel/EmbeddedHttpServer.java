package org.scrub837.camel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * The one embedded HTTP server of the service (Vert.x, through Camel's platform-http): bound to
 * {@code scrub.http.host}:{@code scrub.http.port}, started and stopped with the Camel context.
 * Any route {@code from("platform-http:/some/path")} is served by it: the health and metrics
 * endpoints ({@link ObserveRoutes}) are mounted this way, and an HTTP API can be mounted beside
 * them the same way, with no second server or port. Call {@link #install} before the context
 * starts (camel-main: in a main listener's {@code afterConfigure}).
 */
public final class EmbeddedHttpServer {

    private EmbeddedHttpServer() {
    }

    /**
     * Fails at once when the address cannot be listened on (a port in use, a host that is not this
     * machine's): Vert.x would only log it and the service would run without its endpoints.
     *
     * @throws IllegalArgumentException naming the settings, the address and the reason
     */
    public static void requireListenable(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("scrub.http.host/scrub.http.port: cannot listen on " + host + ":" + port
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + ")", e);
        }
    }

    /** Adds the server to the context; {@code port} 0 adds nothing (the server is off). */
    public static boolean install(CamelContext context, String host, int port) throws Exception {
        if (port == 0) {
            return false;
        }
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost(host);
        conf.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(conf), true, true);
        return true;
    }
}

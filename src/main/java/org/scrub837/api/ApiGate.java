package org.scrub837.api;

import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;

/**
 * The API's door, a Vert.x handler placed before Camel's platform-http consumer on
 * {@value ApiService#PATH}: it authenticates the request from its HTTP headers only (never from the
 * query string, which ends up in proxies' logs) and checks the body's type, before anything reads
 * the body. Camel's consumer would otherwise read the body first (and fail on a multipart body with
 * a 500 and two stack traces), and it merges query parameters into the headers, where a key in the
 * URL would pass for a header. It also refuses a body it could not bound: Camel's streaming body
 * handler reads the whole body into the exchange before the processor sees a byte, with no limit
 * of its own, so a declared length above {@code scrub.limits.apiMaxBodyBytes} is 413 and a body of
 * unknown length (chunked) is 411 here, before any of it is read. Every answer it gives, and any
 * failure behind it, is a fixed {@code {"error": ...}} body that never quotes the request.
 *
 * <p>The server listens before the routes start (it is a service of the Camel context, started
 * first) and after they stop: in between, the API's route is not there to take a request, and the
 * server would answer Vert.x's HTML 404 "Resource not found" to a POST on a path the API documents.
 * The gate answers those 503 with {@code Retry-After} instead, before anything else, so a client
 * (or a load balancer, or a test waiting for the service) sees "not running yet, retry" rather than
 * "no such resource".
 */
final class ApiGate extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ApiGate.class);
    /** Runs before every other handler on the path, whenever the consumer's route was added. */
    private static final int FIRST = -1_000_000;
    /**
     * Body types scrubbed: X12's own, plain text and bytes, and none. The form type stays here so
     * that the processor can say what went wrong (curl's default); anything else (multipart, JSON,
     * XML) is 415.
     */
    private static final Set<String> BODY_TYPES = Set.of("application/edi-x12", "application/edi-x12+text",
            "text/plain", "application/octet-stream", "application/x-www-form-urlencoded");

    private final CamelContext context;
    /** The route behind the gate (routes/api.yaml): a request passes only while it is started. */
    private final String routeId;
    /**
     * Whether that route is started, from Camel's route events: read on the server's event loop
     * while the main thread starts and stops routes, so a flag of its own rather than a look-up in
     * the context's (unsynchronised) map of routes.
     */
    private volatile boolean routeStarted;
    private final ApiKeyCheck key;
    private final int port;
    private final long maxBodyBytes;
    private Route route;

    /** @param key null when no key is configured (allowed on a loopback address only) */
    ApiGate(CamelContext context, String routeId, int port, ApiKeyCheck key, long maxBodyBytes) {
        this.context = context;
        this.routeId = routeId;
        // registered before the context starts, so that it sees the route's first start
        context.getManagementStrategy().addEventNotifier(new RouteWatch());
        this.port = port;
        this.key = key;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doStart() {
        // the server registers its router under a name of its port (or the default name on port 0)
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(context,
                VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (router == null) {
            router = VertxPlatformHttpRouter.lookup(context, VertxPlatformHttpRouter.PLATFORM_HTTP_ROUTER_NAME);
        }
        if (router == null) {
            // fail closed: without the gate the API would answer unauthenticated
            throw new IllegalStateException("the API's HTTP router is missing: the API cannot be protected");
        }
        route = router.route(ApiService.PATH).order(FIRST).handler(this::handle).failureHandler(ApiGate::failure);
    }

    @Override
    protected void doStop() {
        if (route != null) {
            route.remove();
        }
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!routeStarted) {
            // first, before the key: whoever asks may learn that the API is not running, nothing else
            ctx.response().putHeader("Retry-After", "1");
            answer(ctx.response(), 503, "the API is not running (the service is starting or stopping); retry shortly");
            return;
        }
        if (key != null && !key.matches(presentedKey(request))) {
            boolean inQuery = keyInQuery(request);
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"scrub837\"");
            answer(ctx.response(), 401, inQuery
                    ? "unauthorized: the API key is read from the X-API-Key or Authorization header only, never from the URL"
                    : "unauthorized");
            return;
        }
        String type = request.getHeader("Content-Type");
        if (type != null && !type.isBlank()
                && !BODY_TYPES.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
            answer(ctx.response(), 415, "unsupported body type: send the 837 as the body with"
                    + " Content-Type: application/edi-x12");
            return;
        }
        String refusal = bodyLengthRefusal(request);
        if (refusal != null) {
            // nothing of the body is stored: the HTTP server discards whatever of it still arrives
            answer(ctx.response(), refusal.startsWith("length") ? 411 : 413, refusal);
            return;
        }
        ctx.next();
    }

    /**
     * Why the body cannot be taken, or null: a declared length above the limit, or a body whose
     * length is not declared (HTTP/1.1 chunked, or an HTTP/2 stream still open without
     * Content-Length). A request with neither header and nothing to follow has an empty body.
     */
    private String bodyLengthRefusal(HttpServerRequest request) {
        String declared = request.getHeader("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                return null; // the HTTP server refuses a malformed length itself
            }
            return length > maxBodyBytes
                    ? "body of " + length + " bytes is larger than " + maxBodyBytes + " bytes ("
                            + ApiSettings.MAX_BODY_BYTES + ")"
                    : null;
        }
        String transfer = request.getHeader("Transfer-Encoding");
        boolean chunked = transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked");
        boolean openHttp2Stream = request.version() == HttpVersion.HTTP_2 && !request.isEnded();
        return chunked || openHttp2Stream
                ? "length required: send the 837 with a Content-Length header (a body of unknown length cannot be bounded)"
                : null;
    }

    /** Follows the API route's state; every other event is ignored (none is even created for it). */
    private final class RouteWatch extends EventNotifierSupport {

        RouteWatch() {
            setIgnoreCamelContextEvents(true);
            setIgnoreServiceEvents(true);
            setIgnoreExchangeEvents(true);
            setIgnoreStepEvents(true);
        }

        @Override
        public void notify(CamelEvent event) {
            if (event instanceof CamelEvent.RouteEvent e && routeId.equals(e.getRoute().getRouteId())) {
                // started once its consumer is on the router; closed as soon as it begins to stop
                if (event instanceof CamelEvent.RouteStartedEvent) {
                    routeStarted = true;
                } else if (event instanceof CamelEvent.RouteStoppingEvent || event instanceof CamelEvent.RouteStoppedEvent
                        || event instanceof CamelEvent.RouteRemovedEvent) {
                    routeStarted = false;
                }
            }
        }
    }

    /** Whatever failed behind the gate: a fixed answer, the exception's class in the log (never its text). */
    private static void failure(RoutingContext ctx) {
        Throwable t = ctx.failure();
        LOG.error("api: request failed: {}", t == null ? "status " + ctx.statusCode() : t.getClass().getName());
        if (!ctx.response().ended() && !ctx.response().headWritten()) {
            int status = ctx.statusCode() >= 400 && ctx.statusCode() < 500 ? ctx.statusCode() : 500;
            answer(ctx.response(), status, status == 500 ? "internal error" : "bad request");
        } else if (!ctx.response().ended()) {
            ctx.response().reset();
        }
    }

    private static void answer(HttpServerResponse response, int status, String message) {
        response.setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(ErrorBody.json(message));
    }

    /** The key from the X-API-Key header, else from Authorization: Bearer; headers only. */
    static String presentedKey(HttpServerRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null) {
            return header;
        }
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        return null;
    }

    private static boolean keyInQuery(HttpServerRequest request) {
        for (String name : request.params().names()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals("x-api-key") || n.equals("authorization") || n.equals("api_key") || n.equals("apikey")) {
                return true;
            }
        }
        return false;
    }
}

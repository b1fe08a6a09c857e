package org.scrub837.api;

import java.util.Locale;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
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
    private final ApiKeyCheck key;
    private final int port;
    private final long maxBodyBytes;
    private Route route;

    /** @param key null when no key is configured (allowed on a loopback address only) */
    ApiGate(CamelContext context, int port, ApiKeyCheck key, long maxBodyBytes) {
        this.context = context;
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

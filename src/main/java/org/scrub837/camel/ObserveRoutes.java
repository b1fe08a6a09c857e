package org.scrub837.camel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.scrub837.watch.ScrubMetrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;

/**
 * The health and metrics endpoints on the {@link EmbeddedHttpServer}, at the paths Camel's own
 * observability services use:
 * <ul>
 * <li>{@value #HEALTH}: every check, 200 when all are UP, else 503;</li>
 * <li>{@value #READY}: readiness (routes, consumers, the folders, the database when the store is
 * on), 200 or 503;</li>
 * <li>{@value #LIVE}: liveness (the Camel context and routes), 200 or 503;</li>
 * <li>{@value #METRICS}: Prometheus text format.</li>
 * </ul>
 * Health answers are JSON: {@code {"status": "UP"|"DOWN", "checks": [{"name", "status", "message"}]}}.
 *
 * <p>They are Vert.x handlers of their own, answered on a worker pool of their own
 * ({@value #POOL}), not Camel platform-http routes: those share the server's worker pool with the
 * API, and a burst of API requests (each holding a worker while its body arrives and is scrubbed)
 * kept readiness waiting for seconds. An orchestrator asking whether the service is alive must get
 * its answer whatever the API is doing.
 */
public final class ObserveRoutes extends ServiceSupport {

    public static final String HEALTH = "/observe/health";
    public static final String READY = "/observe/health/ready";
    public static final String LIVE = "/observe/health/live";
    public static final String METRICS = "/observe/metrics";
    /** The worker pool of the health and metrics answers. */
    static final String POOL = "scrub837-observe";
    private static final int POOL_SIZE = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CamelContext context;
    private final int port;
    private final ScrubMetrics metrics;
    private final List<Route> routes = new ArrayList<>();
    private WorkerExecutor pool;

    public ObserveRoutes(CamelContext context, int port, ScrubMetrics metrics) {
        this.context = context;
        this.port = port;
        this.metrics = metrics;
    }

    /** One answer: status, content type, body. */
    private record Answer(int status, String contentType, String body) {
    }

    @Override
    protected void doStart() {
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(context,
                VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (router == null) {
            router = VertxPlatformHttpRouter.lookup(context, VertxPlatformHttpRouter.PLATFORM_HTTP_ROUTER_NAME);
        }
        if (router == null) {
            throw new IllegalStateException("the HTTP server's router is missing: no health or metrics endpoint");
        }
        pool = router.vertx().createSharedWorkerExecutor(POOL, POOL_SIZE);
        add(router, HEALTH, () -> health(HealthCheckHelper.invoke(context), true));
        add(router, READY, () -> health(HealthCheckHelper.invokeReadiness(context), true));
        add(router, LIVE, () -> health(HealthCheckHelper.invokeLiveness(context), false));
        add(router, METRICS, () -> new Answer(200, ScrubMetrics.contentType(), metrics.scrape()));
    }

    private void add(VertxPlatformHttpRouter router, String path, Supplier<Answer> answer) {
        routes.add(router.route(path).method(HttpMethod.GET).handler(ctx -> answer(ctx, answer)));
    }

    private void answer(RoutingContext ctx, Supplier<Answer> answer) {
        pool.<Answer>executeBlocking(answer::get, false).onComplete(result -> {
            if (result.succeeded()) {
                Answer a = result.result();
                ctx.response().setStatusCode(a.status()).putHeader("Content-Type", a.contentType()).end(a.body());
            } else {
                ctx.response().setStatusCode(500).putHeader("Content-Type", "application/json")
                        .end("{\"status\":\"DOWN\",\"error\":\"internal error\"}");
            }
        });
    }

    @Override
    protected void doStop() {
        routes.forEach(Route::remove);
        routes.clear();
        if (pool != null) {
            pool.close();
        }
    }

    private static Answer health(Collection<HealthCheck.Result> results, boolean readiness) {
        boolean up = HealthCheckHelper.isResultsUp(results, readiness);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (HealthCheck.Result r : results) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("name", r.getCheck().getId());
            check.put("status", r.getState().name());
            r.getMessage().ifPresent(m -> check.put("message", m));
            checks.add(check);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", checks);
        try {
            return new Answer(up ? 200 : 503, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

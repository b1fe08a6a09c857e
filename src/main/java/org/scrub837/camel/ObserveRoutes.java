package org.scrub837.camel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.scrub837.watch.ScrubMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
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
 * Health answers are JSON: {@code {"status": "UP"|"DOWN", "checkedAt": "<UTC instant>", "checks":
 * [{"name", "status", "message"}]}}.
 *
 * <p>Answering never waits on anything: the checks run on threads of their own ({@value #POOL}),
 * every {@value #REFRESH_MILLIS} ms, and each health answer is the last verdict, made ready to send
 * ({@code checkedAt} says when it was reached); the metrics are scraped from memory (the gauges that
 * look at the disk are sampled on those threads too, {@link ScrubMetrics#sampleGauges()}). So the
 * answers are written by the HTTP server's event loop as soon as a request is read, with no hand-off
 * to a worker pool: before, they took a worker of their own and ran every check per request, and
 * under a burst of API requests (dozens of threads scrubbing on two cores) each hand-off and each
 * check waited for a core, up to seconds; a database that accepted connections and never answered
 * held the workers for good. A verdict older than {@value #STALE_MILLIS} ms (a check hanging on a
 * file system) is answered DOWN, saying so, rather than passed off as current.
 */
public final class ObserveRoutes extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ObserveRoutes.class);

    public static final String HEALTH = "/observe/health";
    public static final String READY = "/observe/health/ready";
    public static final String LIVE = "/observe/health/live";
    public static final String METRICS = "/observe/metrics";
    /** The threads that run the checks and sample the gauges. */
    static final String POOL = "scrub837-observe";
    /** How often the checks run and the gauges are sampled. */
    static final long REFRESH_MILLIS = 1000;
    /** A verdict this old is not passed off as current. */
    static final long STALE_MILLIS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CamelContext context;
    private final int port;
    private final ScrubMetrics metrics;
    private final List<Route> routes = new ArrayList<>();
    private ScheduledExecutorService pool;
    private volatile Verdict all;
    private volatile Verdict ready;
    private volatile Verdict live;

    public ObserveRoutes(CamelContext context, int port, ScrubMetrics metrics) {
        this.context = context;
        this.port = port;
        this.metrics = metrics;
    }

    /** One health verdict, ready to send: its status, body and when it was reached. */
    private record Verdict(int status, byte[] body, List<Map<String, Object>> checks, Instant checkedAt,
            long checkedAtNanos) {
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
        // a first verdict before the first request can arrive; the routes are not started yet, so it is DOWN
        refreshAll();
        refreshLive();
        AtomicInteger n = new AtomicInteger();
        // a thread per kind of work: a task hanging (a check on a hung file system) holds one thread and
        // is not run again until it returns, so liveness and the gauges keep being refreshed on the others
        ScheduledThreadPoolExecutor threads = new ScheduledThreadPoolExecutor(3, r -> {
            Thread t = new Thread(r, POOL + "-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        threads.setRemoveOnCancelPolicy(true);
        pool = threads;
        every(this::refreshAll);
        every(this::refreshLive);
        every(metrics::sampleGauges);
        try {
            // the verdicts above saw the routes not started yet: take new ones as soon as they are
            context.addStartupListener(new StartupListener() {
                @Override
                public void onCamelContextStarted(CamelContext c, boolean alreadyStarted) {
                }

                @Override
                public void onCamelContextFullyStarted(CamelContext c, boolean alreadyStarted) {
                    pool.execute(ObserveRoutes.this::refreshAll);
                    pool.execute(ObserveRoutes.this::refreshLive);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("health: cannot follow the start of the routes", e);
        }
        add(router, HEALTH, () -> answer(all, true));
        add(router, READY, () -> answer(ready, true));
        add(router, LIVE, () -> answer(live, false));
        add(router, METRICS, this::scrape);
    }

    private void every(Runnable task) {
        pool.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // the last verdict stays, and turns stale: the next run may succeed
                LOG.warn("health: a refresh failed: {}", e.getClass().getName());
            }
        }, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** What a handler sends: status, content type, body. */
    private record Answer(int status, String contentType, byte[] body) {
    }

    private void add(VertxPlatformHttpRouter router, String path, Supplier<Answer> answer) {
        // on the event loop: the answer is in memory (a verdict, a scrape of in-memory meters)
        routes.add(router.route(path).method(HttpMethod.GET).handler(ctx -> send(ctx, answer)));
    }

    private static void send(RoutingContext ctx, Supplier<Answer> answer) {
        Answer a;
        try {
            a = answer.get();
        } catch (RuntimeException e) {
            LOG.warn("health: an answer failed: {}", e.getClass().getName());
            a = new Answer(500, "application/json",
                    "{\"status\":\"DOWN\",\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8));
        }
        ctx.response().setStatusCode(a.status()).putHeader("Content-Type", a.contentType())
                .end(Buffer.buffer(a.body()));
    }

    private Answer scrape() {
        return new Answer(200, ScrubMetrics.contentType(), metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }

    private void refreshAll() {
        // readiness first: once it says UP, every check had passed before the full answer was taken
        ready = verdict(HealthCheckHelper.invokeReadiness(context), true);
        all = verdict(HealthCheckHelper.invoke(context), true);
    }

    private void refreshLive() {
        live = verdict(HealthCheckHelper.invokeLiveness(context), false);
    }

    /** The last verdict; DOWN, with a check saying so, when it is too old to stand for the present. */
    private static Answer answer(Verdict v, boolean readiness) {
        long age = System.nanoTime() - v.checkedAtNanos();
        if (age <= TimeUnit.MILLISECONDS.toNanos(STALE_MILLIS)) {
            return new Answer(v.status(), "application/json", v.body());
        }
        List<Map<String, Object>> checks = new ArrayList<>(v.checks());
        Map<String, Object> stale = new LinkedHashMap<>();
        stale.put("name", "checks-current");
        stale.put("status", "DOWN");
        stale.put("message", "no " + (readiness ? "" : "liveness ") + "check has finished for "
                + TimeUnit.NANOSECONDS.toSeconds(age) + " s: one is hanging (a file system or the database)");
        checks.add(stale);
        return new Answer(503, "application/json", body(false, v.checkedAt(), checks));
    }

    private static Verdict verdict(Collection<HealthCheck.Result> results, boolean readiness) {
        long nanos = System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        boolean up = HealthCheckHelper.isResultsUp(results, readiness);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (HealthCheck.Result r : results) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("name", r.getCheck().getId());
            check.put("status", r.getState().name());
            r.getMessage().ifPresent(m -> check.put("message", m));
            checks.add(check);
        }
        return new Verdict(up ? 200 : 503, body(up, at, checks), List.copyOf(checks), at, nanos);
    }

    private static byte[] body(boolean up, Instant checkedAt, List<Map<String, Object>> checks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checkedAt", checkedAt.toString());
        body.put("checks", checks);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doStop() {
        routes.forEach(Route::remove);
        routes.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

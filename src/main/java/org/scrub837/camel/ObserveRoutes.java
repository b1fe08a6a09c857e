package org.scrub837.camel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.scrub837.watch.ScrubMetrics;

/**
 * The health and metrics endpoints on the {@link EmbeddedHttpServer}, at the paths Camel's own
 * observability services use:
 * <ul>
 * <li>{@value #HEALTH}: every check, 200 when all are UP, else 503;</li>
 * <li>{@value #READY}: readiness (routes, consumers, the folders), 200 or 503;</li>
 * <li>{@value #LIVE}: liveness (the Camel context and routes), 200 or 503;</li>
 * <li>{@value #METRICS}: Prometheus text format.</li>
 * </ul>
 * Health answers are JSON: {@code {"status": "UP"|"DOWN", "checks": [{"name", "status", "message"}]}}.
 */
public final class ObserveRoutes extends RouteBuilder {

    public static final String HEALTH = "/observe/health";
    public static final String READY = "/observe/health/ready";
    public static final String LIVE = "/observe/health/live";
    public static final String METRICS = "/observe/metrics";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScrubMetrics metrics;

    public ObserveRoutes(ScrubMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        from("platform-http:" + HEALTH + "?httpMethodRestrict=GET").routeId("observe-health")
                .process(e -> health(e, HealthCheckHelper.invoke(e.getContext()), true));
        from("platform-http:" + READY + "?httpMethodRestrict=GET").routeId("observe-ready")
                .process(e -> health(e, HealthCheckHelper.invokeReadiness(e.getContext()), true));
        from("platform-http:" + LIVE + "?httpMethodRestrict=GET").routeId("observe-live")
                .process(e -> health(e, HealthCheckHelper.invokeLiveness(e.getContext()), false));
        from("platform-http:" + METRICS + "?httpMethodRestrict=GET").routeId("observe-metrics")
                .process(e -> {
                    e.getMessage().setHeader(Exchange.CONTENT_TYPE, ScrubMetrics.contentType());
                    e.getMessage().setBody(metrics.scrape());
                });
    }

    private static void health(Exchange e, Collection<HealthCheck.Result> results, boolean readiness)
            throws JsonProcessingException {
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
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        e.getMessage().setBody(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
    }
}

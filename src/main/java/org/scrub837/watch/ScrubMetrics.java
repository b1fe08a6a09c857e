package org.scrub837.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.scrub837.model.FileOutcome;

/**
 * The watch folder's Prometheus metrics. Labels carry only fixed words and rule ids, never a file
 * name or anything from a claim:
 * <ul>
 * <li>{@code scrub837_files_total{outcome}}: accepted, partial, rejected, failed, duplicate, error
 *     (something unexpected stopped the file; it went to the failed folder);</li>
 * <li>{@code scrub837_claims_total{result}}: accepted, rejected;</li>
 * <li>{@code scrub837_findings_total{rule}}: findings of the processed files by rule id;</li>
 * <li>{@code scrub837_file_scrub_seconds}: time per file, a histogram;</li>
 * <li>{@code scrub837_inbox_backlog_files}: files waiting in the inbox.</li>
 * </ul>
 * Gauges that look at the disk (the inbox backlog, the reference editions) are sampled by
 * {@link #sampleGauges()}, which the service calls every second off the HTTP server's threads; a
 * scrape reads memory only, so that it never waits on a file system. Counters and the histogram are
 * live.
 */
public final class ScrubMetrics {

    /** The prefix of every metric of ours. */
    public static final String PREFIX = "scrub837";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer scrubTime;
    private final List<SampledGauge> sampled = new CopyOnWriteArrayList<>();

    /** Metrics with the inbox backlog counted in {@code inbox} (in its subfolders too when {@code recursive}). */
    public ScrubMetrics(Path inbox, boolean recursive) {
        this.scrubTime = Timer.builder(PREFIX + ".file.scrub")
                .description("Time to handle one input file")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(30))
                .register(registry);
        SampledGauge backlog = sampled(() -> backlog(inbox, recursive));
        Gauge.builder(PREFIX + ".inbox.backlog", backlog, SampledGauge::value)
                .description("Files waiting in the inbox")
                .baseUnit("files")
                .register(registry);
        for (String outcome : new String[] {"accepted", "partial", "rejected", "failed", "duplicate", "error"}) {
            files(outcome); // present at 0 from the start, so that a rate is defined
        }
        claims("accepted");
        claims("rejected");
    }

    /**
     * A gauge kept by another part of the service (the age of the reference editions), sampled now
     * and at each {@link #sampleGauges()}; {@code name} without the prefix, dotted (e.g.
     * {@code refdata.edition.age}).
     */
    public void gauge(String name, String description, String baseUnit, Map<String, String> tags,
            Supplier<Number> value) {
        Gauge.Builder<SampledGauge> b = Gauge.builder(PREFIX + "." + name, sampled(value), SampledGauge::value)
                .description(description)
                .baseUnit(baseUnit);
        tags.forEach(b::tag);
        b.register(registry);
    }

    /** Takes a new value of every gauge that looks at the disk; a scrape shows the values of the last call. */
    public void sampleGauges() {
        for (SampledGauge g : sampled) {
            g.sample();
        }
    }

    private SampledGauge sampled(Supplier<Number> source) {
        SampledGauge g = new SampledGauge(source);
        g.sample();
        sampled.add(g);
        return g;
    }

    /** A gauge's source and its last value (NaN when the source failed: the readiness check says why). */
    private static final class SampledGauge {
        private final Supplier<Number> source;
        private volatile double value = Double.NaN;

        SampledGauge(Supplier<Number> source) {
            this.source = source;
        }

        void sample() {
            try {
                Number n = source.get();
                value = n == null ? Double.NaN : n.doubleValue();
            } catch (RuntimeException e) {
                value = Double.NaN;
            }
        }

        double value() {
            return value;
        }
    }

    /** One input handled: its outcome (null for a skipped duplicate) and how long it took. */
    public void fileHandled(FileOutcome outcome, boolean duplicate, long nanos) {
        scrubTime.record(Duration.ofNanos(nanos));
        if (duplicate || outcome == null) {
            files("duplicate").increment();
            return;
        }
        files(outcome.status().label()).increment();
        claims("accepted").increment(outcome.accepted());
        claims("rejected").increment(outcome.rejected());
    }

    /** One input stopped by something unexpected (it goes to the failed folder). */
    public void fileErrored(long nanos) {
        scrubTime.record(Duration.ofNanos(nanos));
        files("error").increment();
    }

    /** Findings of one processed file, by rule id. */
    public void findings(Map<String, Long> byRule) {
        byRule.forEach((rule, n) -> Counter.builder(PREFIX + ".findings")
                .description("Findings by rule id")
                .tag("rule", rule)
                .register(registry)
                .increment(n));
    }

    /** The registry, for the metrics of other parts of the service (the responses' ones). */
    public io.micrometer.core.instrument.MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }

    /** The content type of {@link #scrape()}. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    private Counter files(String outcome) {
        return Counter.builder(PREFIX + ".files").description("Input files handled, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private Counter claims(String result) {
        return Counter.builder(PREFIX + ".claims").description("Claims scrubbed, by result")
                .tag("result", result).register(registry);
    }

    /** Files the consumer would pick up: no hidden name, no upload in progress (.part, .tmp). */
    private static double backlog(Path inbox, boolean recursive) {
        try (Stream<Path> s = recursive ? Files.walk(inbox) : Files.list(inbox)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && !n.endsWith(".part") && !n.endsWith(".tmp");
            }).count();
        } catch (IOException | RuntimeException e) {
            return Double.NaN; // the inbox is gone: the readiness check says so
        }
    }
}

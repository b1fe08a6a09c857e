package org.scrub837.responses;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The responses' Prometheus metrics, in the service's registry. Labels hold fixed words and payer
 * ids (2010BB NM109, a payer's public identifier), never a claim or a file name:
 * <ul>
 * <li>{@code scrub837_responses_total{kind}}: response files read, by kind (TA1, 999, 277CA, 835;
 *     a 999 after a TA1 counts once for each), {@code failed} (not a response), {@code duplicate}
 *     (recorded before);</li>
 * <li>{@code scrub837_response_claims_matched_total}: forwarded claims a response item matched;</li>
 * <li>{@code scrub837_response_items_unmatched_total}: response items that matched nothing;</li>
 * <li>{@code scrub837_escapes_total{payer}}: claims we passed that the payer rejected;</li>
 * <li>{@code scrub837_claims_forwarded_total}: claims of the clean 837s recorded;
 *     {@code scrub837_submissions_unrecorded_total}: clean 837s that could not be recorded;</li>
 * <li>{@code scrub837_first_pass_acceptance_ratio{payer}}: first submissions accepted by the front
 *     end / forwarded, per payer and {@code all}, as of the last response recorded.</li>
 * </ul>
 */
public final class ResponseMetrics {

    private static final String PREFIX = "scrub837";

    private final MeterRegistry registry;
    private final Map<String, Double> firstPass = new ConcurrentHashMap<>();

    public ResponseMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (ResponseKind k : ResponseKind.values()) {
            responses(k.label());
        }
        responses("failed");
        responses("duplicate");
        matched();
        unmatched();
        forwardedCounter();
        Counter.builder(PREFIX + ".submissions.unrecorded").description("Clean 837s whose claims could not be recorded")
                .register(registry);
    }

    public void responseRead(ResponseFile file) {
        file.kinds().forEach(k -> responses(k.label()).increment());
    }

    public void responseFailed() {
        responses("failed").increment();
    }

    public void responseDuplicate() {
        responses("duplicate").increment();
    }

    public void recorded(ResponseStore.Recorded r) {
        matched().increment(r.claimsMatched());
        unmatched().increment(r.unmatchedItems());
        for (String payer : r.escapedPayers()) {
            Counter.builder(PREFIX + ".escapes").description("Claims we passed that the payer rejected, by payer")
                    .tag("payer", payer).register(registry).increment();
        }
    }

    public void forwarded(int claims) {
        forwardedCounter().increment(claims);
    }

    public void submissionNotRecorded() {
        registry.counter(PREFIX + ".submissions.unrecorded").increment();
    }

    /** The first-pass acceptance figures as of now. */
    public void firstPass(Outcomes.Report report) {
        set("all", report.total().firstPassRate());
        for (Outcomes.Row row : report.byPayer()) {
            set(row.payer(), row.firstPassRate());
        }
    }

    private void set(String payer, double rate) {
        if (firstPass.put(payer, rate) == null) {
            Gauge.builder(PREFIX + ".first.pass.acceptance", firstPass, m -> m.getOrDefault(payer, Double.NaN))
                    .description("First submissions accepted by the payer's front end / forwarded")
                    .baseUnit("ratio").tag("payer", payer).register(registry);
        }
    }

    private Counter responses(String kind) {
        return Counter.builder(PREFIX + ".responses").description("Response files read, by kind")
                .tag("kind", kind).register(registry);
    }

    private Counter matched() {
        return Counter.builder(PREFIX + ".response.claims.matched")
                .description("Forwarded claims a response item matched").register(registry);
    }

    private Counter unmatched() {
        return Counter.builder(PREFIX + ".response.items.unmatched")
                .description("Response items that matched nothing forwarded").register(registry);
    }

    private Counter forwardedCounter() {
        return Counter.builder(PREFIX + ".claims.forwarded").description("Claims of the clean 837s recorded")
                .register(registry);
    }
}

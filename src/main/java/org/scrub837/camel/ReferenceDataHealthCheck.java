package org.scrub837.camel;

import java.util.List;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.scrub837.refdata.ReferenceDataStatus;

/**
 * Readiness of the reference data: UP with each kind's edition and age in the message (so status
 * and the health details show them), DOWN (degraded) while a kind's newest edition has ended and
 * its {@code scrub.refdata.stale.<kind>} is {@code degrade}, the message naming the kind.
 */
final class ReferenceDataHealthCheck extends AbstractHealthCheck {

    private final ReferenceDataStatus status;

    ReferenceDataHealthCheck(ReferenceDataStatus status) {
        super("scrub837", "reference-data");
        this.status = status;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<String> problems = status.problems();
        builder.message(problems.isEmpty() ? status.summary() : "degraded: " + String.join("; ", problems));
        if (problems.isEmpty()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}

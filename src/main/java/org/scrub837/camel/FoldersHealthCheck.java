package org.scrub837.camel;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of the watch folder's folders: DOWN when one is missing, not a folder, not writable
 * or on a nearly full file system (the problems name the setting and the folder, nothing else).
 * Not a liveness check: restarting the process would not bring a folder back.
 */
final class FoldersHealthCheck extends AbstractHealthCheck {

    private final Supplier<List<String>> problems;

    FoldersHealthCheck(Supplier<List<String>> problems) {
        super("scrub837", "folders");
        this.problems = problems;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        List<String> now = problems.get();
        if (now.isEmpty()) {
            builder.up();
        } else {
            builder.message(String.join("; ", now));
            builder.down();
        }
    }
}

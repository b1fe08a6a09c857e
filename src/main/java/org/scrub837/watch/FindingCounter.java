package org.scrub837.watch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.write.ResultWriter;

/**
 * Counts the findings of one file by rule id for the metrics, as one more "output" of the scrub.
 * Writes no file: its {@link #target()} is the JSON report's, which the report's own writer
 * replaces anyway (the scrub removes every target before it starts). Counts reach the metrics
 * only when the file is processed, so that a file that fails half-way counts no claim finding.
 */
final class FindingCounter implements ResultWriter {

    private final Path target;
    private final ScrubMetrics metrics;
    private final Map<String, Long> byRule = new HashMap<>();

    FindingCounter(Path target, ScrubMetrics metrics) {
        this.target = target;
        this.metrics = metrics;
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void claim(ClaimResult result) {
        for (Finding f : result.findings()) {
            byRule.merge(f.ruleId(), 1L, Long::sum);
        }
    }

    @Override
    public void finish(FileOutcome outcome) {
        if (outcome.status() != FileStatus.FAILED) {
            for (Finding f : outcome.fileFindings()) {
                byRule.merge(f.ruleId(), 1L, Long::sum);
            }
            metrics.findings(byRule);
        } else if (!outcome.fileFindings().isEmpty()) {
            metrics.findings(Map.of(outcome.fileFindings().get(0).ruleId(), 1L));
        }
        byRule.clear();
    }

    @Override
    public void close() {
        byRule.clear();
    }
}

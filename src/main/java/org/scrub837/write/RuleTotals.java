package org.scrub837.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;

/**
 * Findings counted by rule over a whole file: how many claims each rule flagged and how many
 * findings it made. Memory grows with the number of distinct rule ids (the rule pack's), never
 * with the number of claims, so the totals cover every claim even where a report shows only some.
 */
final class RuleTotals {

    /** One rule's totals; the severity is the strongest it was found with (payer profiles may change it). */
    record Total(String ruleId, Severity severity, long claims, long findings) {
    }

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> seenInClaim = new HashSet<>();

    /** Counts the findings of one claim. */
    void add(ClaimResult result) {
        seenInClaim.clear();
        for (Finding f : result.findings()) {
            long[] c = counts.computeIfAbsent(f.ruleId(), k -> new long[2]);
            c[1]++;
            if (seenInClaim.add(f.ruleId())) {
                c[0]++;
            }
            severities.merge(f.ruleId(), f.severity(), (a, b) -> a == Severity.REJECT ? a : b);
        }
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Rejecting rules first, then by claims flagged (most first), then by rule id. */
    List<Total> sorted() {
        List<Total> totals = new ArrayList<>(counts.size());
        counts.forEach((rule, c) -> totals.add(new Total(rule, severities.get(rule), c[0], c[1])));
        totals.sort(Comparator.comparing(Total::severity).thenComparing(Comparator.comparingLong(Total::claims)
                .reversed()).thenComparing(Total::ruleId));
        return totals;
    }
}

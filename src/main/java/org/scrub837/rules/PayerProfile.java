package org.scrub837.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.Payer;
import org.scrub837.model.Severity;

/**
 * A payer profile (config/payers/NAME.yaml): which claims it covers, matched on the destination
 * payer (2010BB NM1*PR id and name) and the claim filing indicator (SBR09), and how it changes the
 * base rules (enable, disable, severity, parameters).
 *
 * @param payerIds          NM109 values that select this profile
 * @param payerNames        case-insensitive fragments of NM103 that select this profile
 * @param filingIndicators  SBR09 values that select this profile
 */
public record PayerProfile(String name, Set<String> payerIds, List<String> payerNames, Set<String> filingIndicators,
        Map<String, Override> overrides) {

    /** The name of the profile used when no other matches. */
    public static final String DEFAULT = "default";

    /** What a profile changes for one rule; null components leave the base setting alone. */
    public record Override(Boolean enabled, Severity severity, String authority, Map<String, Object> parameters,
            String source) {
    }

    public PayerProfile {
        payerIds = Set.copyOf(payerIds);
        payerNames = payerNames.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        filingIndicators = Set.copyOf(filingIndicators);
        overrides = Map.copyOf(overrides);
    }

    /**
     * How specifically this profile matches the payer: 3 by payer id, 2 by payer name, 1 by claim
     * filing indicator, 0 not at all. The most specific match wins, so that e.g. a commercial
     * insurer's Medicare Advantage plan named in NM1*PR is not taken for original Medicare.
     */
    public int matchStrength(Payer payer) {
        if (payer == null) {
            return 0;
        }
        if (payer.id() != null && payerIds.contains(payer.id().trim())) {
            return 3;
        }
        if (payer.name() != null) {
            String upper = payer.name().toUpperCase(Locale.ROOT);
            for (String fragment : payerNames) {
                if (!fragment.isEmpty() && upper.contains(fragment)) {
                    return 2;
                }
            }
        }
        if (payer.filingIndicator() != null && filingIndicators.contains(payer.filingIndicator().trim())) {
            return 1;
        }
        return 0;
    }

    RuleSettings apply(RuleSettings base) {
        Override o = overrides.get(base.id());
        if (o == null) {
            return base;
        }
        RuleSettings s = base;
        if (o.enabled() != null) {
            s = s.withEnabled(o.enabled(), o.source());
        }
        if (o.severity() != null) {
            s = s.withSeverity(o.severity(), o.source());
        }
        if (o.authority() != null) {
            s = s.withAuthority(o.authority(), o.source());
        }
        if (o.parameters() != null) {
            Map<String, Object> merged = new LinkedHashMap<>(s.parameters());
            merged.putAll(o.parameters());
            s = s.withParameters(merged, o.source());
        }
        return s;
    }
}

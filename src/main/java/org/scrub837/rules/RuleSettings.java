package org.scrub837.rules;

import java.util.Map;

import org.scrub837.model.Severity;

/**
 * How one rule is configured: whether it runs, what its findings do, where it comes from, the
 * dates of service it is in effect for, and its parameters.
 *
 * @param claimStatus  the 277CA claim status (STC01 category:code, e.g. {@code A7:476}) its rejecting
 *                     findings give a claim
 * @param source       where this was configured, e.g. {@code config/rules.yaml: rules.Q4293-UNITS}, used
 *                     in error messages
 */
public record RuleSettings(String id, boolean enabled, Severity severity, String authority, EffectivePeriod period,
        Map<String, Object> parameters, String source, String claimStatus) {

    public RuleSettings {
        parameters = Map.copyOf(parameters);
    }

    /**
     * Settings without a 277CA claim status, for code that builds them outside the loader (the
     * loader requires one for every rule): a claim such a rule rejects gets the status of findings
     * made by no configured rule ({@code write.ClaimStatusCodes.NOT_FROM_A_RULE}).
     */
    public RuleSettings(String id, boolean enabled, Severity severity, String authority, EffectivePeriod period,
            Map<String, Object> parameters, String source) {
        this(id, enabled, severity, authority, period, parameters, source, null);
    }

    public RuleSettings withEnabled(boolean value, String from) {
        return new RuleSettings(id, value, severity, authority, period, parameters, from, claimStatus);
    }

    public RuleSettings withSeverity(Severity value, String from) {
        return new RuleSettings(id, enabled, value, authority, period, parameters, from, claimStatus);
    }

    public RuleSettings withAuthority(String value, String from) {
        return new RuleSettings(id, enabled, severity, value, period, parameters, from, claimStatus);
    }

    public RuleSettings withParameters(Map<String, Object> value, String from) {
        return new RuleSettings(id, enabled, severity, authority, period, value, from, claimStatus);
    }
}

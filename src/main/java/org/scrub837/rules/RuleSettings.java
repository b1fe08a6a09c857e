package org.scrub837.rules;

import java.util.Map;

import org.scrub837.model.Severity;

/**
 * How one rule is configured: whether it runs, what its findings do, where it comes from, the
 * dates of service it is in effect for, and its parameters.
 *
 * @param source  where this was configured, e.g. {@code config/rules.yaml: rules.Q4293-UNITS}, used
 *                in error messages
 */
public record RuleSettings(String id, boolean enabled, Severity severity, String authority, EffectivePeriod period,
        Map<String, Object> parameters, String source) {

    public RuleSettings {
        parameters = Map.copyOf(parameters);
    }

    public RuleSettings withEnabled(boolean value, String from) {
        return new RuleSettings(id, value, severity, authority, period, parameters, from);
    }

    public RuleSettings withSeverity(Severity value, String from) {
        return new RuleSettings(id, enabled, value, authority, period, parameters, from);
    }

    public RuleSettings withAuthority(String value, String from) {
        return new RuleSettings(id, enabled, severity, value, period, parameters, from);
    }

    public RuleSettings withParameters(Map<String, Object> value, String from) {
        return new RuleSettings(id, enabled, severity, authority, period, value, from);
    }
}

package org.scrub837.rules;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;

/**
 * What a rule is built from: its id, the dates of service it is in effect for, its parameters and
 * the configured code lists.
 */
public record RuleContext(String ruleId, EffectivePeriod period, RuleParameters parameters, CodeCatalog codes) {

    /** Whether the rule applies to a line, judged by the line's date of service (its from-date). */
    public boolean inEffect(Claim claim, ServiceLine line) {
        return period.covers(claim.dateOfService(line));
    }

    /**
     * Whether a claim-level rule applies: the period is open, or at least one line's date of service
     * falls inside it.
     */
    public boolean inEffect(Claim claim) {
        if (period.isOpen()) {
            return true;
        }
        for (ServiceLine line : claim.lines()) {
            if (inEffect(claim, line)) {
                return true;
            }
        }
        return false;
    }
}

package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.RuleParameters;

/**
 * The wastage modifiers as configured: JW marks a line of discarded units, JZ says nothing was
 * discarded (CMS discarded-drug policy).
 */
record Wastage(String discarded, String noneDiscarded) {

    static Wastage from(RuleParameters p) {
        return new Wastage(p.text("discardedModifier"), p.text("noDiscardModifier"));
    }

    boolean isDiscardLine(ServiceLine line) {
        return line.hasModifier(discarded);
    }

    /** Code@day keys of product lines that report discarded units. */
    Set<String> discardKeys(Claim claim, CodeList products) {
        Set<String> keys = new HashSet<>();
        for (ServiceLine line : claim.lines()) {
            LocalDate day = LineLabel.day(claim, line);
            if (isDiscardLine(line) && products.contains(line.procedureCode(), day, claim.claimType())) {
                keys.add(line.procedureCode() + "@" + day);
            }
        }
        return keys;
    }
}

package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * An office visit billed on the date of a skin-substitute application is paid separately only
 * as a significant, separately identifiable service, marked with modifier 25; without it the visit
 * is taken as part of the procedure. Warns, since only the record can tell whether 25 is due.
 */
public final class EmModifier25Rule implements ClaimRule {

    public static final String ID = "EM-MODIFIER-25";

    private final RuleContext context;
    private final CodeList visits;
    private final CodeList applications;
    private final String modifier;

    public EmModifier25Rule(RuleContext context) {
        this.context = context;
        this.visits = context.parameters().codeList("visits");
        this.applications = context.parameters().codeList("applications");
        this.modifier = context.parameters().text("separateServiceModifier");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        Set<LocalDate> applicationDays = LineLabel.daysBilling(claim, applications);
        for (ServiceLine line : claim.lines()) {
            LocalDate day = LineLabel.day(claim, line);
            if (!context.inEffect(claim, line) || !visits.contains(line.procedureCode(), day, claim.claimType())
                    || !applicationDays.contains(day) || line.hasModifier(modifier)) {
                continue;
            }
            sink.report(line.lineNumber(), line.servicePosition(), "Visit " + line.procedureCode() + " on "
                    + LineLabel.of(line) + " (" + LineLabel.day(day) + ") is billed on the date of a skin-substitute "
                    + "application without modifier " + modifier + ". If the visit was a significant, separately "
                    + "identifiable service, add " + modifier + "; otherwise remove the visit line.");
        }
    }
}

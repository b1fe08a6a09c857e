package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * Wound preparation is part of the skin-substitute application: the MAC billing articles (A54117,
 * A56696) say 97602 (non-selective debridement) is not reported with 15271-15278 for the same date
 * of service (compared by from-date). The conflicting codes are configured.
 */
public final class Conflict97602Rule implements ClaimRule {

    public static final String ID = "CONFLICT-97602";

    private final RuleContext context;
    private final List<String> conflicting;
    private final CodeList applications;

    public Conflict97602Rule(RuleContext context) {
        this.context = context;
        this.conflicting = context.parameters().texts("conflictingCodes");
        this.applications = context.parameters().codeList("applications");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        Set<LocalDate> applicationDays = LineLabel.daysBilling(claim, applications);
        for (ServiceLine line : claim.lines()) {
            LocalDate day = LineLabel.day(claim, line);
            if (line.procedureCode() == null || !conflicting.contains(line.procedureCode())
                    || !context.inEffect(claim, line) || !applicationDays.contains(day)) {
                continue;
            }
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + " (" + LineLabel.day(day) + ") is billed on the same date of service as a skin-substitute "
                    + "application (" + applications.describe(day, claim.claimType()) + "), which includes wound "
                    + "preparation. Remove the " + line.procedureCode() + " line for that date.");
        }
    }
}

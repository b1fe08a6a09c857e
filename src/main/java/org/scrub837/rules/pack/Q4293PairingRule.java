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
 * A skin-substitute product must come with its application procedure on the same claim and the
 * same date of service ("Any use of skin substitute codes must be accompanied on the same claim by
 * a CPT/application procedure code", Noridian). Dates are compared by the from-date of each
 * line's date of service; an application code counts only where it is valid on its own date and
 * claim type (the C-codes, for instance, only on 837I before 2026).
 */
public final class Q4293PairingRule implements ClaimRule {

    public static final String ID = "Q4293-PAIRING";

    private final RuleContext context;
    private final CodeList products;
    private final CodeList applications;

    public Q4293PairingRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.applications = context.parameters().codeList("applications");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        Set<LocalDate> applicationDays = LineLabel.daysBilling(claim, applications);
        for (ServiceLine line : claim.lines()) {
            LocalDate day = LineLabel.day(claim, line);
            if (!context.inEffect(claim, line) || !products.contains(line.procedureCode(), day, claim.claimType())
                    || applicationDays.contains(day)) {
                continue;
            }
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + " (" + LineLabel.day(day) + ") has no skin-substitute application procedure ("
                    + applications.describe(day, claim.claimType()) + ") on this claim for the same date of "
                    + "service. Add the application procedure performed on " + LineLabel.day(day)
                    + " to this claim, or correct the date of service of the product or application line.");
        }
    }
}

package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * A JW line reports the discarded part of what was applied, so the same product must also be
 * billed as administered (a line without JW) on the same claim and date of service (compared by
 * from-date).
 */
public final class JwWithoutAdministeredRule implements ClaimRule {

    public static final String ID = "JW-WITHOUT-ADMINISTERED";

    private final RuleContext context;
    private final CodeList products;
    private final Wastage wastage;

    public JwWithoutAdministeredRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.wastage = Wastage.from(context.parameters());
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        Set<String> administered = new HashSet<>();
        for (ServiceLine line : claim.lines()) {
            if (!wastage.isDiscardLine(line) && line.procedureCode() != null) {
                administered.add(line.procedureCode() + "@" + LineLabel.day(claim, line));
            }
        }
        for (ServiceLine line : claim.lines()) {
            LocalDate day = LineLabel.day(claim, line);
            if (!context.inEffect(claim, line) || !wastage.isDiscardLine(line)
                    || !products.contains(line.procedureCode(), day, claim.claimType())
                    || administered.contains(line.procedureCode() + "@" + day)) {
                continue;
            }
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + " (" + LineLabel.day(day) + ") reports discarded units with " + wastage.discarded()
                    + " but no administered " + line.procedureCode() + " line (without " + wastage.discarded()
                    + ") is billed for that date. Add the administered units on their own line, or remove "
                    + wastage.discarded() + " if these units were applied.");
        }
    }
}

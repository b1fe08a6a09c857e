package org.scrub837.rules.pack;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * JW (amount discarded) and JZ (nothing discarded) contradict each other: one line cannot carry
 * both. Discarded units go on their own JW line; the administered line carries JZ only when
 * nothing was discarded.
 */
public final class JwJzSameLineRule implements ClaimRule {

    public static final String ID = "JW-JZ-SAME-LINE";

    private final RuleContext context;
    private final Wastage wastage;

    public JwJzSameLineRule(RuleContext context) {
        this.context = context;
        this.wastage = Wastage.from(context.parameters());
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        for (ServiceLine line : claim.lines()) {
            if (context.inEffect(claim, line) && line.hasModifier(wastage.discarded())
                    && line.hasModifier(wastage.noneDiscarded())) {
                sink.report(line.lineNumber(), line.servicePosition(), LineLabel.of(line) + " ("
                        + line.procedureCode() + ") carries both " + wastage.discarded() + " (amount discarded) and "
                        + wastage.noneDiscarded() + " (nothing discarded). Keep " + wastage.noneDiscarded()
                        + " on the administered line only if nothing was discarded; otherwise remove it and report "
                        + "the discarded units on a separate line with " + wastage.discarded() + ".");
            }
        }
    }
}

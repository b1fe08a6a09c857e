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
 * A line with JZ says nothing of the product was discarded that day; a JW line for the same product
 * and date says some was. Together the claim contradicts itself. (Both on one line is
 * JW-JZ-SAME-LINE's.) Reported on the JZ line.
 */
public final class JwJzConflictRule implements ClaimRule {

    public static final String ID = "JW-JZ-CONFLICT";

    private final RuleContext context;
    private final CodeList products;
    private final Wastage wastage;

    public JwJzConflictRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.wastage = Wastage.from(context.parameters());
    }


    @Override
    public void check(Claim claim, FindingSink sink) {
        Set<String> discarded = wastage.discardKeys(claim, products);
        if (discarded.isEmpty()) {
            return;
        }
        for (ServiceLine line : claim.lines()) {
            LocalDate day = LineLabel.day(claim, line);
            String code = line.procedureCode();
            if (!context.inEffect(claim, line) || !line.hasModifier(wastage.noneDiscarded())
                    || line.hasModifier(wastage.discarded()) || !products.contains(code, day, claim.claimType())
                    || !discarded.contains(code + "@" + day)) {
                continue;
            }
            sink.report(line.lineNumber(), line.servicePosition(), code + " on " + LineLabel.of(line) + " ("
                    + LineLabel.day(day) + ") carries " + wastage.noneDiscarded() + " (nothing discarded), but a "
                    + wastage.discarded() + " line reports discarded units of " + code + " for the same date. "
                    + "If some was discarded, remove " + wastage.noneDiscarded() + " from the administered line; "
                    + "if nothing was, remove the " + wastage.discarded() + " line.");
        }
    }
}

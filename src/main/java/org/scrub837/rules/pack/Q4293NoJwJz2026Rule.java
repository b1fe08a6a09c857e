package org.scrub837.rules.pack;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * Medicare from 2026-01-01: non-BLA skin substitutes are paid as incident-to supplies (CY2026 PFS,
 * CMS-1832-F), for which JW and JZ are not appropriate; only the administered units are billed,
 * never discarded units (Noridian 2026 skin-substitute article).
 */
public final class Q4293NoJwJz2026Rule implements ClaimRule {

    public static final String ID = "Q4293-NO-JWJZ-2026";

    private final RuleContext context;
    private final CodeList products;
    private final Wastage wastage;

    public Q4293NoJwJz2026Rule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.wastage = Wastage.from(context.parameters());
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)
                    || !products.contains(line.procedureCode(), LineLabel.day(claim, line), claim.claimType())) {
                continue;
            }
            boolean jw = line.hasModifier(wastage.discarded());
            boolean jz = line.hasModifier(wastage.noneDiscarded());
            if (!jw && !jz) {
                continue;
            }
            String fix = jw
                    ? "Remove this line: bill only the administered square centimeters, never discarded units."
                    : "Remove " + wastage.noneDiscarded() + " from the line.";
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + " (" + LineLabel.day(LineLabel.day(claim, line)) + ") carries "
                    + (jw ? wastage.discarded() : wastage.noneDiscarded()) + "; from 2026-01-01 Medicare pays this "
                    + "product as an incident-to supply, for which " + wastage.discarded() + " and "
                    + wastage.noneDiscarded() + " are not used. " + fix);
        }
    }
}

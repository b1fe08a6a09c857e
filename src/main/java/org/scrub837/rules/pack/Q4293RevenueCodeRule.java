package org.scrub837.rules.pack;

import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * On 837I, a product line's revenue code (SV201) should be one the payer expects for the
 * product. Which revenue codes those are is not verified in the project's notes, so the list is
 * configured by the user and the rule ships off.
 */
public final class Q4293RevenueCodeRule implements ClaimRule {

    public static final String ID = "Q4293-REVENUE-CODE";

    private final RuleContext context;
    private final CodeList products;
    private final List<String> revenueCodes;

    public Q4293RevenueCodeRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.revenueCodes = context.parameters().texts("revenueCodes");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        if (claim.claimType() != ClaimType.INSTITUTIONAL) {
            return;
        }
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)
                    || !products.contains(line.procedureCode(), LineLabel.day(claim, line), claim.claimType())
                    || (line.revenueCode() != null && revenueCodes.contains(line.revenueCode().trim()))) {
                continue;
            }
            String rev = line.revenueCode() == null || line.revenueCode().isBlank() ? "no revenue code"
                    : "revenue code " + line.revenueCode();
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + " has " + rev + " (SV201), not one configured for this product (" + String.join(", ",
                            revenueCodes) + "). Use the revenue code the payer requires for skin-substitute products.");
        }
    }
}

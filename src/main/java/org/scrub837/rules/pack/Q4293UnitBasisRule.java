package org.scrub837.rules.pack;

import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * A per-square-centimeter skin-substitute product line must be billed in units (unit basis UN), not
 * in minutes (MJ) or days (DA): anything else makes the quantity meaningless as an area.
 */
public final class Q4293UnitBasisRule implements ClaimRule {

    public static final String ID = "Q4293-UNIT-BASIS";

    private final RuleContext context;
    private final CodeList products;
    private final List<String> allowed;

    public Q4293UnitBasisRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.allowed = context.parameters().texts("allowedUnitBasis");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)
                    || !products.contains(line.procedureCode(), LineLabel.day(claim, line), claim.claimType())) {
                continue;
            }
            String basis = line.unitBasis();
            if (basis != null && allowed.contains(basis)) {
                continue;
            }
            String element = Elements.UNIT_BASIS.in(claim.claimType());
            String found = basis == null || basis.isEmpty() ? element + " is empty" : element + " is '" + basis + "'";
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + ": " + found + "; this product is billed per square centimeter, so the unit basis must be "
                    + String.join(" or ", allowed) + ". Set " + element + " to " + allowed.get(0) + " and "
                    + Elements.QUANTITY.in(claim.claimType()) + " to the square centimeters applied.");
        }
    }
}

package org.scrub837.rules.pack;

import java.math.BigDecimal;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * A per-square-centimeter product line needs a whole, positive number of units: one unit is one
 * square centimeter, and the units billed must match the area billed (NGS).
 */
public final class Q4293UnitsRule implements ClaimRule {

    public static final String ID = "Q4293-UNITS";

    private final RuleContext context;
    private final CodeList products;

    public Q4293UnitsRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)
                    || !products.contains(line.procedureCode(), LineLabel.day(claim, line), claim.claimType())) {
                continue;
            }
            String problem = problem(line, Elements.QUANTITY.in(claim.claimType()));
            if (problem != null) {
                sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on "
                        + LineLabel.of(line) + ": " + problem + "; one unit is one square centimeter and only whole "
                        + "units are billed. Put the whole number of square centimeters applied (e.g. 16 for a "
                        + "4 cm x 4 cm piece) in " + Elements.QUANTITY.in(claim.claimType()) + ".");
            }
        }
    }

    /** What is wrong with the quantity, or null when it is a whole positive number. */
    private static String problem(ServiceLine line, String element) {
        String text = line.quantityText();
        if (text == null || text.isBlank()) {
            return "the quantity " + element + " is missing";
        }
        BigDecimal q = line.quantity();
        if (q == null) {
            return "the quantity " + element + " '" + text + "' is not a number";
        }
        if (q.signum() == 0) {
            return "the quantity " + element + " '" + text + "' is zero";
        }
        if (q.signum() < 0) {
            return "the quantity " + element + " '" + text + "' is negative";
        }
        if (q.stripTrailingZeros().scale() > 0) {
            return "the quantity " + element + " '" + text + "' is fractional";
        }
        return null;
    }
}

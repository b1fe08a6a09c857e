package org.scrub837.rules.pack;

import java.math.BigDecimal;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * The claim's total charge (CLM02) must equal the sum of its line charges. A missing or
 * non-numeric line charge is reported on its line; a missing or non-numeric total on CLM; the sum
 * is compared only when every amount is a number.
 */
public final class ClaimBalanceRule implements ClaimRule {

    public static final String ID = "CLAIM-BALANCE";

    private final RuleContext context;

    public ClaimBalanceRule(RuleContext context) {
        this.context = context;
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        if (!context.inEffect(claim)) {
            return;
        }
        String chargeElement = Elements.CHARGE.in(claim.claimType());
        BigDecimal sum = BigDecimal.ZERO;
        boolean allLinesPriced = true;
        for (ServiceLine line : claim.lines()) {
            if (line.charge() == null) {
                allLinesPriced = false;
                String what = line.chargeText() == null || line.chargeText().isBlank()
                        ? "the line charge " + chargeElement + " is missing"
                        : "the line charge " + chargeElement + " '" + line.chargeText() + "' is not a number";
                sink.report(line.lineNumber(), line.servicePosition(), LineLabel.of(line) + ": " + what
                        + ". Enter the line's charge as a decimal amount (e.g. 100.00); CLM02 must equal the sum "
                        + "of the line charges.");
            } else {
                sum = sum.add(line.charge());
            }
        }
        if (claim.totalCharge() == null) {
            String what = claim.totalChargeText() == null || claim.totalChargeText().isBlank()
                    ? "the total claim charge CLM02 is missing"
                    : "the total claim charge CLM02 '" + claim.totalChargeText() + "' is not a number";
            sink.report(null, claim.position(), what + ". Enter in CLM02 the sum of the line charges ("
                    + chargeElement + ")" + (allLinesPriced ? ", here " + sum.toPlainString() : "") + ".");
            return;
        }
        if (allLinesPriced && claim.totalCharge().compareTo(sum) != 0) {
            sink.report(null, claim.position(), "The total claim charge CLM02 " + claim.totalChargeText()
                    + " differs from the sum of the line charges " + sum.toPlainString() + " (" + chargeElement
                    + " of " + claim.lines().size() + " lines). Correct CLM02 or the line charges so that they agree.");
        }
    }
}

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
 * Separately billed skin-substitute products are a hospital outpatient matter (the OPPS rates are
 * built from bill types 12x, 13x, 14x); a product on an inpatient bill (type of bill 11x, as
 * configured) is flagged for review of the type of bill.
 */
public final class Q4293InpatientBillRule implements ClaimRule {

    public static final String ID = "Q4293-INPATIENT-TOB";

    private final RuleContext context;
    private final CodeList products;
    private final List<String> billTypePrefixes;

    public Q4293InpatientBillRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.billTypePrefixes = context.parameters().texts("inpatientBillTypePrefixes");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        String tob = claim.typeOfBill();
        if (claim.claimType() != ClaimType.INSTITUTIONAL || tob == null
                || billTypePrefixes.stream().noneMatch(tob::startsWith)) {
            return;
        }
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)
                    || !products.contains(line.procedureCode(), LineLabel.day(claim, line), claim.claimType())) {
                continue;
            }
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + " is billed on an inpatient bill (type of bill " + tob + ", CLM05). Skin-substitute products "
                    + "are billed separately on outpatient bills (e.g. 13x); check the type of bill, or report the "
                    + "product as the payer instructs for inpatient stays.");
        }
    }
}

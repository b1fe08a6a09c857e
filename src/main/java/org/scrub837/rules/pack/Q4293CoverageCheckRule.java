package org.scrub837.rules.pack;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * Commercial payers cover skin substitutes from a list of named products and treat the others as
 * experimental or investigational; whether this product is listed is not known here, so each
 * product line earns a reminder to check coverage and prior authorization. Enabled by the
 * commercial payer profiles, which also name their policy.
 */
public final class Q4293CoverageCheckRule implements ClaimRule {

    public static final String ID = "Q4293-COVERAGE-CHECK";

    private final RuleContext context;
    private final CodeList products;
    private final String policy;

    public Q4293CoverageCheckRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.policy = context.parameters().text("policy");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        for (ServiceLine line : claim.lines()) {
            if (context.inEffect(claim, line)
                    && products.contains(line.procedureCode(), LineLabel.day(claim, line), claim.claimType())) {
                sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on "
                        + LineLabel.of(line) + ": this payer covers skin substitutes only from the product list in "
                        + policy + " and treats unlisted products as experimental/investigational. Check that "
                        + line.procedureCode() + " is a covered product for this plan and that prior authorization, "
                        + "where required, is on file before sending.");
            }
        }
    }
}

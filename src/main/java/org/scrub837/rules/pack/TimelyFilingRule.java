package org.scrub837.rules.pack;

import java.time.LocalDate;

import org.scrub837.model.Claim;
import org.scrub837.model.DateRange;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * A claim must reach the payer within its filing limit after the date of service (Medicare: 12
 * months, 42 CFR 424.44(a)(1); commercial payers by contract). The filing date is taken as the
 * transaction's creation date (BHT04), so the same file always gives the same result; the date of
 * service is a line's through-date (the most lenient reading of a range). A line dated later than
 * {@code filingLimitMonths} whole months before BHT04 earns a finding. Without a BHT04 date nothing
 * is judged (the implementation-guide check reports a missing or bad BHT04).
 */
public final class TimelyFilingRule implements ClaimRule {

    public static final String ID = "TIMELY-FILING";

    private final RuleContext context;
    private final int limitMonths;

    public TimelyFilingRule(RuleContext context) {
        this.context = context;
        String text = context.parameters().text("filingLimitMonths");
        try {
            this.limitMonths = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw context.parameters().problem("filingLimitMonths", "'" + text + "' is not a whole number of months");
        }
        if (limitMonths < 1) {
            throw context.parameters().problem("filingLimitMonths", limitMonths + " is not a positive number of months");
        }
    }


    @Override
    public void check(Claim claim, FindingSink sink) {
        LocalDate filed = SegmentFields.transactionDate(claim);
        if (filed == null) {
            return;
        }
        for (ServiceLine line : claim.lines()) {
            DateRange dos = claim.dateOfService(line);
            if (dos == null || !context.inEffect(claim, line)) {
                continue;
            }
            LocalDate deadline = dos.to().plusMonths(limitMonths);
            if (!filed.isAfter(deadline)) {
                continue;
            }
            sink.report(line.lineNumber(), line.servicePosition(), LineLabel.of(line) + " (" + line.procedureCode()
                    + ", date of service " + dos + ") is past the payer's filing limit of " + limitMonths
                    + " months: the limit ended on " + deadline + ", and the transaction was created on " + filed
                    + " (BHT04). Submit it only with proof of an exception to the limit (e.g. a payer error or "
                    + "retroactive entitlement); otherwise the payer denies it.");
        }
    }
}

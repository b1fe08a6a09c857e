package org.scrub837.rules.pack;

import java.time.LocalDate;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
import org.scrub837.model.ServiceLine;
import org.scrub837.model.Transaction;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * A claim must reach the payer within its filing limit after the date of service (Medicare: 12
 * months, 42 CFR 424.44(a)(1); commercial payers by contract). The filing date is taken as the
 * transaction's creation date (BHT04), so the same file always gives the same result. Which date
 * of service counts (Pub. 100-04 ch. 1 section 70.1, CR 7080): on an 837P each line's <b>From</b>
 * date (a span whose From date is late is split and its late days denied, whatever its To date);
 * on an 837I the claim's <b>Through</b> date (statement period end, DTP*434; without one, the latest
 * line date), judged once for the claim. Without a BHT04 date nothing is judged (the
 * implementation-guide check reports a missing or bad BHT04).
 */
public final class TimelyFilingRule implements ClaimRule {

    public static final String ID = "TIMELY-FILING";

    private final RuleContext context;
    private final int limitMonths;
    /**
     * BHT04 of the last transaction judged: the same for every claim of a transaction, so it is
     * parsed once per transaction instead of once per claim. Immutable and published whole, so
     * threads sharing the rule at most parse it again.
     */
    private volatile Filed last;

    private record Filed(Transaction transaction, LocalDate date) {
    }

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
        Filed f = last;
        if (f == null || f.transaction() != claim.transaction()) {
            f = new Filed(claim.transaction(), SegmentFields.transactionDate(claim));
            last = f;
        }
        LocalDate filed = f.date();
        if (filed == null) {
            return;
        }
        if (claim.claimType() == ClaimType.INSTITUTIONAL) {
            checkInstitutional(claim, filed, sink);
            return;
        }
        for (ServiceLine line : claim.lines()) {
            DateRange dos = claim.dateOfService(line);
            if (dos == null || !context.inEffect(claim, line)) {
                continue;
            }
            LocalDate deadline = dos.from().plusMonths(limitMonths);
            if (!filed.isAfter(deadline)) {
                continue;
            }
            boolean span = !dos.to().equals(dos.from());
            sink.report(line.lineNumber(), line.servicePosition(), LineLabel.of(line) + " (" + line.procedureCode()
                    + ", date of service " + dos + ") is past the payer's filing limit of " + limitMonths
                    + " months counted from its From date: the limit ended on " + deadline + ", and the "
                    + "transaction was created on " + filed + " (BHT04)." + (span ? " The payer splits a span "
                    + "and denies the days past the limit, even when its To date is within it." : "")
                    + " Submit it only with proof of an exception to the limit (e.g. a payer error or retroactive "
                    + "entitlement); otherwise the payer denies it.");
        }
    }

    /** 837I: the claim's Through date, the statement period's end (else the latest line date). */
    private void checkInstitutional(Claim claim, LocalDate filed, FindingSink sink) {
        DateRange statement = claim.dates().get(Claim.STATEMENT_DATES);
        LocalDate through = statement == null ? null : statement.to();
        boolean fromStatement = through != null;
        for (ServiceLine line : claim.lines()) {
            DateRange dos = claim.dateOfService(line);
            if (dos != null && !fromStatement && (through == null || dos.to().isAfter(through))) {
                through = dos.to();
            }
        }
        if (through == null || !context.inEffect(claim)) {
            return;
        }
        LocalDate deadline = through.plusMonths(limitMonths);
        if (!filed.isAfter(deadline)) {
            return;
        }
        sink.report(null, claim.position(), "The claim's Through date " + through + " ("
                + (fromStatement ? "statement period end, DTP*434" : "latest line date") + ") is past the payer's "
                + "filing limit of " + limitMonths + " months: the limit ended on " + deadline + ", and the "
                + "transaction was created on " + filed + " (BHT04). Submit it only with proof of an exception to "
                + "the limit (e.g. a payer error or retroactive entitlement); otherwise the payer denies it.");
    }
}

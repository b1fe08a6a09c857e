package org.scrub837.rules.pack;

import java.time.LocalDate;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * A code on one of the configured, dated code lists used where the list says it is not valid: on
 * a date of service (by from-date) outside its effective range, or on a claim type it is not used
 * on (e.g. an OPPS C-code on an 837P, or after 2025).
 */
public final class CodeDateRangeRule implements ClaimRule {

    public static final String ID = "CODE-DATE-RANGE";

    private final RuleContext context;
    private final CodeList dated;

    public CodeDateRangeRule(RuleContext context) {
        this.context = context;
        this.dated = context.parameters().codeList("lists");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        for (ServiceLine line : claim.lines()) {
            String code = line.procedureCode();
            if (code == null || !context.inEffect(claim, line)) {
                continue;
            }
            LocalDate day = LineLabel.day(claim, line);
            if (dated.mentions(code) && !dated.contains(code, day, claim.claimType())) {
                sink.report(line.lineNumber(), line.servicePosition(), code + " on " + LineLabel.of(line)
                        + " is not valid for a " + claim.claimType().label() + " service on " + LineLabel.day(day)
                        + " (" + validity(dated, code) + "). Use the code valid for that date and claim type, "
                        + "or correct the date of service.");
            }
        }
    }

    private static String validity(CodeList list, String code) {
        StringBuilder b = new StringBuilder();
        for (CodeList.Entry e : list.entries()) {
            if (!e.codes().contains(code)) {
                continue;
            }
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append("valid ").append(e.period());
            if (!e.claimTypes().isEmpty()) {
                b.append(" on ").append(String.join(", ",
                        e.claimTypes().stream().map(ClaimType::label).sorted().toList()));
            }
        }
        return b.toString();
    }
}

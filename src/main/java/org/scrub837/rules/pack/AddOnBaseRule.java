package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * An add-on application code ("each additional 25/100 sq cm") is reported only with its base code
 * (the first 25/100 sq cm) for the same date of service on the same claim. Dates are compared by
 * the from-date of each line's date of service.
 */
public final class AddOnBaseRule implements ClaimRule {

    public static final String ID = "ADDON-BASE";

    private final RuleContext context;
    private final Map<String, String> baseOfAddOn;

    public AddOnBaseRule(RuleContext context) {
        this.context = context;
        this.baseOfAddOn = context.parameters().codeMap("addOnBase");
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        if (!anyAddOn(claim)) {
            return; // most claims bill no add-on code: no set of code-and-day keys for them
        }
        Set<String> codeAndDay = new HashSet<>();
        for (ServiceLine line : claim.lines()) {
            if (line.procedureCode() != null) {
                codeAndDay.add(key(line.procedureCode(), LineLabel.day(claim, line)));
            }
        }
        for (ServiceLine line : claim.lines()) {
            String base = line.procedureCode() == null ? null : baseOfAddOn.get(line.procedureCode());
            if (base == null || !context.inEffect(claim, line)) {
                continue;
            }
            LocalDate day = LineLabel.day(claim, line);
            if (!codeAndDay.contains(key(base, day))) {
                sink.report(line.lineNumber(), line.servicePosition(), "Add-on code " + line.procedureCode() + " on "
                        + LineLabel.of(line) + " (" + LineLabel.day(day) + ") is billed without its base code "
                        + base + " for the same date of service. Add " + base + " for " + LineLabel.day(day)
                        + " (the first area block), or bill the area as " + base
                        + " alone if it fits the first block.");
            }
        }
    }

    private boolean anyAddOn(Claim claim) {
        for (ServiceLine line : claim.lines()) {
            if (line.procedureCode() != null && baseOfAddOn.containsKey(line.procedureCode())) {
                return true;
            }
        }
        return false;
    }

    private static String key(String code, LocalDate day) {
        return code + "@" + day;
    }
}

package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * What the application codes' descriptors allow on one date of service (by from-date):
 * <ul>
 * <li>a base code ({@code baseCodes}: "first 25 sq cm" / "first 100 sq cm") is one unit: more area
 * is billed with its add-on, so 15271 x2 (or two 15271 lines) is wrong;</li>
 * <li>the small-wound base (total wound under 100 sq cm, e.g. 15271) and the large-wound base of
 * the same site group (100 sq cm or more, e.g. 15273) describe different wound sizes
 * ({@code smallToLargeBase}), so one date bills one or the other.</li>
 * </ul>
 */
public final class ApplicationAreaCodesRule implements ClaimRule {

    public static final String ID = "APPLICATION-AREA-CODES";

    private final RuleContext context;
    private final Set<String> baseCodes;
    private final Map<String, String> smallToLarge;

    public ApplicationAreaCodesRule(RuleContext context) {
        this.context = context;
        this.baseCodes = Set.copyOf(context.parameters().texts("baseCodes"));
        this.smallToLarge = context.parameters().codeMap("smallToLargeBase");
    }


    /** Units of one base code on one date, and the first line billing it. */
    private static final class Total {
        BigDecimal units = BigDecimal.ZERO;
        ServiceLine first;
        int lines;
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        if (!anyNamedCode(claim)) {
            return; // only a base code or a small-wound base can be reported: most claims bill neither
        }
        Map<String, Total> totals = new LinkedHashMap<>();
        Map<String, ServiceLine> firstByCodeAndDay = new LinkedHashMap<>();
        for (ServiceLine line : claim.lines()) {
            String code = line.procedureCode();
            if (code == null || !context.inEffect(claim, line)) {
                continue;
            }
            LocalDate day = LineLabel.day(claim, line);
            firstByCodeAndDay.putIfAbsent(code + "@" + day, line);
            if (!baseCodes.contains(code)) {
                continue;
            }
            Total t = totals.computeIfAbsent(code + "@" + day, k -> new Total());
            t.units = t.units.add(line.quantity() == null || line.quantity().signum() <= 0 ? BigDecimal.ONE
                    : line.quantity());
            t.lines++;
            if (t.first == null) {
                t.first = line;
            }
        }
        for (Total t : totals.values()) {
            if (t.units.compareTo(BigDecimal.ONE) <= 0) {
                continue;
            }
            ServiceLine at = t.first;
            String code = at.procedureCode();
            sink.report(at.lineNumber(), at.servicePosition(), code + " on " + LineLabel.of(at) + " ("
                    + LineLabel.day(LineLabel.day(claim, at)) + ") is billed for " + t.units.stripTrailingZeros()
                    .toPlainString() + " units" + (t.lines > 1 ? " on " + t.lines + " lines" : "") + ", but it "
                    + "covers only the first area block of the wound: one unit per date of service. Bill "
                    + code + " x1 and the further area with its add-on code.");
        }
        for (Map.Entry<String, ServiceLine> e : firstByCodeAndDay.entrySet()) {
            ServiceLine small = e.getValue();
            String large = smallToLarge.get(small.procedureCode());
            if (large == null) {
                continue;
            }
            LocalDate day = LineLabel.day(claim, small);
            ServiceLine largeLine = firstByCodeAndDay.get(large + "@" + day);
            if (largeLine == null) {
                continue;
            }
            sink.report(largeLine.lineNumber(), largeLine.servicePosition(), small.procedureCode() + " on "
                    + LineLabel.of(small) + " (total wound area under 100 sq cm) and " + large + " on "
                    + LineLabel.of(largeLine) + " (100 sq cm or more) are billed for the same site group on "
                    + LineLabel.day(day) + ". Sum the wound areas of the site group and bill one of the two, "
                    + "with its add-on for the further area.");
        }
    }

    private boolean anyNamedCode(Claim claim) {
        for (ServiceLine line : claim.lines()) {
            String code = line.procedureCode();
            if (code != null && (baseCodes.contains(code) || smallToLarge.containsKey(code))) {
                return true;
            }
        }
        return false;
    }
}

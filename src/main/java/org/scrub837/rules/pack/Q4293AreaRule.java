package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * Compares the product's administered square centimeters with the wound area the application codes
 * of the same date describe. Each application code covers a block of area per unit (15271 the
 * first 25 sq cm, 15272 each further 25 or part, 15273 the first 100, 15274 each further 100 or
 * part, and so on). The area billed can be at most the sum of the blocks; and since an add-on
 * block is only billed for area beyond the blocks before it, base plus n add-on units imply an
 * area above base block + (n - 1) add-on blocks. Product units outside that range earn a warning
 * naming both figures. Discarded (JW) units are not administered and are left out.
 */
public final class Q4293AreaRule implements ClaimRule {

    public static final String ID = "Q4293-AREA";

    private final RuleContext context;
    private final CodeList products;
    private final Map<String, String> blockSqCm;
    private final Map<String, String> baseOfAddOn;
    private final String discardedModifier;

    public Q4293AreaRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.blockSqCm = context.parameters().codeMap("areaPerUnit");
        this.baseOfAddOn = context.parameters().codeMap("addOnBase");
        this.discardedModifier = context.parameters().text("discardedModifier");
        blockSqCm.forEach((code, value) -> {
            if (!value.matches("[1-9][0-9]*")) {
                throw context.parameters().problem("areaPerUnit", "code map entry " + code + ": '" + value
                        + "' is not a positive whole number of sq cm");
            }
        });
    }

    /** What one date of service bills. */
    private static final class Day {
        ServiceLine firstProductLine;
        String productCode;
        long administered;
        long maxArea;
        final List<String> applications = new ArrayList<>();
        final Map<String, Long> addOnUnits = new LinkedHashMap<>();
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        Map<LocalDate, Day> days = new LinkedHashMap<>();
        for (ServiceLine line : claim.lines()) {
            LocalDate date = LineLabel.day(claim, line);
            String code = line.procedureCode();
            if (code == null) {
                continue;
            }
            if (products.contains(code, date, claim.claimType()) && context.inEffect(claim, line)
                    && !line.hasModifier(discardedModifier)) {
                Day d = days.computeIfAbsent(date, k -> new Day());
                if (d.firstProductLine == null) {
                    d.firstProductLine = line;
                    d.productCode = code;
                }
                d.administered += wholeUnits(line, 0);
            } else if (blockSqCm.containsKey(code)) {
                Day d = days.computeIfAbsent(date, k -> new Day());
                long units = wholeUnits(line, 1);
                d.maxArea += units * Long.parseLong(blockSqCm.get(code));
                d.applications.add(code + " x" + units);
                if (baseOfAddOn.containsKey(code)) {
                    d.addOnUnits.merge(code, units, Long::sum);
                }
            }
        }
        for (Map.Entry<LocalDate, Day> e : days.entrySet()) {
            Day d = e.getValue();
            if (d.firstProductLine == null || d.applications.isEmpty() || d.administered <= 0) {
                continue;
            }
            long implied = impliedAbove(d);
            String billed = String.join(", ", d.applications);
            ServiceLine at = d.firstProductLine;
            String prefix = d.productCode + " on " + LineLabel.day(e.getKey()) + ": " + d.administered
                    + " administered sq cm (units)";
            if (d.administered > d.maxArea) {
                sink.report(at.lineNumber(), at.servicePosition(), prefix + " exceed the " + d.maxArea
                        + " sq cm that the application codes billed for that date cover (" + billed + "). Bill "
                        + "add-on units for the whole treated area, or correct the product units to the square "
                        + "centimeters actually applied.");
            } else if (d.administered <= implied) {
                sink.report(at.lineNumber(), at.servicePosition(), prefix + " are no more than the " + implied
                        + " sq cm already covered before the last add-on block (" + billed + "), so the add-on "
                        + "units imply a larger area than the product covers. Reduce the add-on units to the "
                        + "treated area, or correct the product units.");
            }
        }
    }

    /** The area the add-on units imply the wound exceeds: per add-on, base block + (n - 1) add-on blocks. */
    private long impliedAbove(Day d) {
        long implied = 0;
        for (Map.Entry<String, Long> addOn : d.addOnUnits.entrySet()) {
            String base = baseOfAddOn.get(addOn.getKey());
            long baseBlock = base != null && blockSqCm.containsKey(base) ? Long.parseLong(blockSqCm.get(base)) : 0;
            implied += baseBlock + (addOn.getValue() - 1) * Long.parseLong(blockSqCm.get(addOn.getKey()));
        }
        return implied;
    }

    /** A line's quantity when it is a whole positive number, else the fallback. */
    private static long wholeUnits(ServiceLine line, long fallback) {
        BigDecimal q = line.quantity();
        if (q == null || q.signum() <= 0 || q.stripTrailingZeros().scale() > 0) {
            return fallback;
        }
        return q.longValueExact();
    }
}

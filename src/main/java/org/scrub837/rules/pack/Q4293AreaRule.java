package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Diagnosis;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.CodeList;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * Compares the product's administered square centimeters with the wound area the application codes
 * of the same date and wound describe. Each application code covers a block of area per unit (15271
 * the first 25 sq cm, 15272 each further 25 or part, 15273 the first 100, 15274 each further 100 or
 * part, and so on). The area billed can be at most the sum of the blocks; since an add-on block is
 * only billed for area beyond the blocks before it, base plus n add-on units imply an area above
 * base block + (n - 1) add-on blocks; and a base code for a wound of 100 sq cm or more implies at
 * least that ({@code minimumArea}). Product units outside that range earn a warning naming both
 * figures. Discarded (JW) units are not administered and are left out.
 * <p>
 * Which applications belong to which product: on an 837P, lines treating different wounds point at
 * different diagnoses, so when the lines of one date point (SV107-1) at more than one diagnosis,
 * each product is compared with the applications pointing at its own diagnosis. When that cannot be
 * told (a line without a pointer, or a product whose diagnosis no application shares), the rule
 * says so instead of comparing. Lines pointing at the same wound-site code ({@code woundSiteCategories},
 * e.g. L97.412) treat one wound, whatever else they point at: E11.621 + L97.412 is one diabetic foot
 * ulcer (issue #20 item 9). 837I lines carry no pointers: all lines of a date are one wound.
 */
public final class Q4293AreaRule implements ClaimRule {

    public static final String ID = "Q4293-AREA";

    private final RuleContext context;
    private final CodeList products;
    private final Map<String, String> blockSqCm;
    private final Map<String, String> baseOfAddOn;
    private final Map<String, String> minimumArea;
    private final String discardedModifier;
    private final List<String> siteCategories;

    public Q4293AreaRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.blockSqCm = context.parameters().codeMap("areaPerUnit");
        this.baseOfAddOn = context.parameters().codeMap("addOnBase");
        this.minimumArea = context.parameters().has("minimumArea") ? context.parameters().codeMap("minimumArea")
                : Map.of();
        this.discardedModifier = context.parameters().text("discardedModifier");
        this.siteCategories = context.parameters().texts("woundSiteCategories", List.of());
        wholeNumbers("areaPerUnit", blockSqCm);
        wholeNumbers("minimumArea", minimumArea);
    }

    private void wholeNumbers(String key, Map<String, String> map) {
        map.forEach((code, value) -> {
            if (!value.matches("[1-9][0-9]*")) {
                throw context.parameters().problem(key, "code map entry " + code + ": '" + value
                        + "' is not a positive whole number of sq cm");
            }
        });
    }

    /** The lines of one date of service (or of one wound on that date). */
    private static final class Group {
        final List<ServiceLine> productLines = new ArrayList<>();
        final List<ServiceLine> applicationLines = new ArrayList<>();
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        Map<LocalDate, Group> days = new LinkedHashMap<>();
        for (ServiceLine line : claim.lines()) {
            LocalDate date = LineLabel.day(claim, line);
            String code = line.procedureCode();
            if (code == null) {
                continue;
            }
            if (products.contains(code, date, claim.claimType()) && context.inEffect(claim, line)
                    && !line.hasModifier(discardedModifier)) {
                days.computeIfAbsent(date, k -> new Group()).productLines.add(line);
            } else if (blockSqCm.containsKey(code)) {
                days.computeIfAbsent(date, k -> new Group()).applicationLines.add(line);
            }
        }
        List<Diagnosis> pointable = null; // only for a date with both a product and an application line
        for (Map.Entry<LocalDate, Group> e : days.entrySet()) {
            Group day = e.getValue();
            if (day.productLines.isEmpty() || day.applicationLines.isEmpty()) {
                continue;
            }
            if (pointable == null) {
                pointable = claim.claimType() == ClaimType.PROFESSIONAL ? DiagnosisPointerRule.pointable(claim)
                        : List.of();
            }
            Map<ServiceLine, String> woundOf = wounds(claim, concat(day), pointable);
            Set<String> wounds = new LinkedHashSet<>();
            boolean unpointed = false;
            for (ServiceLine line : concat(day)) {
                String wound = woundOf.get(line);
                if (wound == null) {
                    unpointed = true;
                } else {
                    wounds.add(wound);
                }
            }
            if (wounds.size() <= 1) {
                compare(e.getKey(), day, sink);
                continue;
            }
            if (unpointed) {
                ambiguous(e.getKey(), day.productLines.get(0), wounds.size(), "a line of that date has no diagnosis "
                        + "pointer (SV107-1)", sink);
                continue;
            }
            Map<String, Group> byWound = new LinkedHashMap<>();
            for (ServiceLine p : day.productLines) {
                byWound.computeIfAbsent(woundOf.get(p), k -> new Group()).productLines.add(p);
            }
            for (ServiceLine a : day.applicationLines) {
                Group g = byWound.get(woundOf.get(a));
                if (g != null) {
                    g.applicationLines.add(a);
                }
            }
            for (Map.Entry<String, Group> w : byWound.entrySet()) {
                if (w.getValue().applicationLines.isEmpty()) {
                    ambiguous(e.getKey(), w.getValue().productLines.get(0), wounds.size(), "no application line "
                            + "points at the product's diagnosis " + w.getKey(), sink);
                } else {
                    compare(e.getKey(), w.getValue(), sink);
                }
            }
        }
    }

    private static List<ServiceLine> concat(Group g) {
        List<ServiceLine> all = new ArrayList<>(g.productLines);
        all.addAll(g.applicationLines);
        return all;
    }

    /**
     * The wound each line treats, as far as the claim tells. 837I: one wound. 837P: the wound-site
     * codes its pointers name ({@code woundSiteCategories}: the ulcer codes that say where the wound
     * is, e.g. L97.412); lines sharing a site code treat one wound, so a diabetic foot ulcer coded as
     * the pair E11.621 + L97.412 is one wound whether a line points at both or at L97.412 alone. A
     * line pointing at no site code is known by its first pointed diagnosis (or the pointer as sent
     * when it names none); a line without pointer has no wound (null). A wound is named by its codes.
     */
    private Map<ServiceLine, String> wounds(Claim claim, List<ServiceLine> lines, List<Diagnosis> pointable) {
        Map<ServiceLine, String> out = new LinkedHashMap<>();
        if (claim.claimType() != ClaimType.PROFESSIONAL) {
            lines.forEach(l -> out.put(l, ""));
            return out;
        }
        Map<ServiceLine, List<String>> keys = new LinkedHashMap<>();
        Map<String, String> parent = new LinkedHashMap<>();
        for (ServiceLine line : lines) {
            List<String> k = keys(line, pointable);
            if (k.isEmpty()) {
                continue;
            }
            keys.put(line, k);
            for (String key : k) {
                parent.putIfAbsent(key, key);
            }
            for (int i = 1; i < k.size(); i++) {
                parent.put(root(parent, k.get(i)), root(parent, k.get(0)));
            }
        }
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (String key : parent.keySet()) {
            members.computeIfAbsent(root(parent, key), r -> new java.util.TreeSet<>()).add(key);
        }
        for (ServiceLine line : lines) {
            List<String> k = keys.get(line);
            out.put(line, k == null ? null : String.join(" + ", members.get(root(parent, k.get(0)))));
        }
        return out;
    }

    private static String root(Map<String, String> parent, String key) {
        String r = key;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The site codes a line points at, else its first pointed diagnosis; empty without pointer. */
    private List<String> keys(ServiceLine line, List<Diagnosis> pointable) {
        List<String> pointers = line.diagnosisPointers().stream().filter(p -> p != null && !p.isBlank()).toList();
        if (pointers.isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String p : pointers) {
            codes.add(pointed(p.trim(), pointable));
        }
        List<String> sites = codes.stream().filter(this::isSite).distinct().toList();
        return sites.isEmpty() ? List.of(codes.get(0)) : sites;
    }

    private boolean isSite(String code) {
        for (String prefix : siteCategories) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String pointed(String pointer, List<Diagnosis> pointable) {
        try {
            int n = Integer.parseInt(pointer);
            if (n >= 1 && n <= pointable.size()) {
                return pointable.get(n - 1).code().replace(".", "");
            }
        } catch (NumberFormatException e) {
            // DX-POINTER reports it; the pointer as sent still tells lines apart
        }
        return "pointer " + pointer;
    }

    private void ambiguous(LocalDate day, ServiceLine at, int wounds, String why, FindingSink sink) {
        sink.report(at.lineNumber(), at.servicePosition(), at.procedureCode() + " on " + LineLabel.of(at) + " ("
                + LineLabel.day(day) + "): the lines of that date treat " + wounds + " wounds (diagnoses), and "
                + why + ", so the application codes cannot be matched to this product and its area is not "
                + "checked. Point each product and application line (SV107-1) at the diagnosis of the wound it "
                + "treats.");
    }

    private void compare(LocalDate day, Group g, FindingSink sink) {
        long administered = 0;
        for (ServiceLine p : g.productLines) {
            administered += wholeUnits(p, 0);
        }
        if (administered <= 0) {
            return;
        }
        long maxArea = 0;
        long atLeast = 0;
        String minimumCode = null;
        Map<String, Long> addOnUnits = new LinkedHashMap<>();
        for (ServiceLine a : g.applicationLines) {
            String code = a.procedureCode();
            long units = wholeUnits(a, 1);
            maxArea += units * Long.parseLong(blockSqCm.get(code));
            if (baseOfAddOn.containsKey(code)) {
                addOnUnits.merge(code, units, Long::sum);
            }
            if (minimumArea.containsKey(code) && Long.parseLong(minimumArea.get(code)) > atLeast) {
                atLeast = Long.parseLong(minimumArea.get(code));
                minimumCode = code;
            }
        }
        long implied = impliedAbove(addOnUnits);
        if (administered > maxArea || administered <= implied || administered < atLeast) {
            report(day, g, administered, maxArea, implied, atLeast, minimumCode, sink);
        }
    }

    /**
     * The finding of {@link #compare}, its text made only here: most dates compare within range, and
     * building the text for every one cost judging time and made compare's compiled code several
     * times larger.
     */
    private void report(LocalDate day, Group g, long administered, long maxArea, long implied, long atLeast,
            String minimumCode, FindingSink sink) {
        List<String> applications = new ArrayList<>();
        for (ServiceLine a : g.applicationLines) {
            applications.add(a.procedureCode() + " x" + wholeUnits(a, 1));
        }
        String billed = String.join(", ", applications);
        ServiceLine at = g.productLines.get(0);
        String prefix = at.procedureCode() + " on " + LineLabel.day(day) + ": " + administered
                + " administered sq cm (units)";
        if (administered > maxArea) {
            sink.report(at.lineNumber(), at.servicePosition(), prefix + " exceed the " + maxArea
                    + " sq cm that the application codes billed for that date cover (" + billed + "). Bill "
                    + "add-on units for the whole treated area, or correct the product units to the square "
                    + "centimeters actually applied.");
        } else if (administered <= implied) {
            sink.report(at.lineNumber(), at.servicePosition(), prefix + " are no more than the " + implied
                    + " sq cm already covered before the last add-on block (" + billed + "), so the add-on "
                    + "units imply a larger area than the product covers. Reduce the add-on units to the "
                    + "treated area, or correct the product units.");
        } else if (administered < atLeast) {
            sink.report(at.lineNumber(), at.servicePosition(), prefix + " are fewer than the " + atLeast
                    + " sq cm that " + minimumCode + " stands for (a wound of " + atLeast + " sq cm or more; "
                    + billed + "). Bill the application code for the wound size actually treated (e.g. the "
                    + "first-25-sq-cm code of the site group), or correct the product units.");
        }
    }

    /** The area the add-on units imply the wound exceeds: per add-on, base block + (n - 1) add-on blocks. */
    private long impliedAbove(Map<String, Long> addOnUnits) {
        long implied = 0;
        for (Map.Entry<String, Long> addOn : addOnUnits.entrySet()) {
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

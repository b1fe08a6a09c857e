package org.scrub837.rules.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Skin substitutes are covered for chronic wounds and ulcers; a product line whose diagnoses
 * include no configured wound/ulcer code earns a warning. On 837P the line's pointed diagnoses
 * (SV107) are read; 837I lines carry no pointers, so the claim's principal and other diagnoses
 * (ABK, ABF) are read instead. Codes are compared without dots and as sent: a lower-case code is
 * no code (the implementation-guide check reports it), never taken for its upper-case twin.
 * <p>
 * A code counts when it is one of {@code woundDiagnosisCodes}; when it lies under one of
 * {@code woundDiagnosisCategories} (prefix: length of that category's billable codes) with exactly
 * that length; or when it starts with one of {@code woundDiagnosisPrefixes} and is longer than it.
 * So a category header such as L97.41 (not billable) never counts as a diagnosis, and I87.3 does
 * not admit I87.30 (chronic venous hypertension without ulcer).
 */
public final class Q4293WoundDiagnosisRule implements ClaimRule {

    public static final String ID = "Q4293-WOUND-DX";

    private final RuleContext context;
    private final CodeList products;
    private final List<String> prefixes;
    private final Map<String, Integer> categories;
    private final Set<String> codes;

    public Q4293WoundDiagnosisRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.prefixes = context.parameters().texts("woundDiagnosisPrefixes", List.of()).stream()
                .map(Q4293WoundDiagnosisRule::normalise).toList();
        this.codes = Set.copyOf(context.parameters().texts("woundDiagnosisCodes", List.of()).stream()
                .map(Q4293WoundDiagnosisRule::normalise).toList());
        this.categories = new LinkedHashMap<>();
        context.parameters().textMap("woundDiagnosisCategories", Map.of()).forEach((prefix, length) -> {
            String p = normalise(prefix);
            int n;
            try {
                n = Integer.parseInt(length.trim());
            } catch (NumberFormatException e) {
                throw context.parameters().problem("woundDiagnosisCategories." + prefix, "'" + length
                        + "' is not a whole number (the length of the category's billable codes, without the dot)");
            }
            if (n <= p.length() || n > 7) {
                throw context.parameters().problem("woundDiagnosisCategories." + prefix, n + " is not a billable"
                        + " code length longer than the prefix (ICD-10-CM codes have at most 7 characters)");
            }
            categories.put(p, n);
        });
        if (prefixes.isEmpty() && codes.isEmpty() && categories.isEmpty()) {
            throw context.parameters().problem("woundDiagnosisCategories", "no wound diagnosis configured "
                    + "(woundDiagnosisCategories, woundDiagnosisCodes or woundDiagnosisPrefixes)");
        }
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        List<Diagnosis> pointable = DiagnosisPointerRule.pointable(claim);
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)
                    || !products.contains(line.procedureCode(), LineLabel.day(claim, line), claim.claimType())) {
                continue;
            }
            List<String> codes = diagnosesOf(claim, line, pointable);
            if (codes.stream().anyMatch(this::isWound)) {
                continue;
            }
            String read = claim.claimType() == ClaimType.PROFESSIONAL
                    ? "the diagnoses its SV107 pointers name (" + (codes.isEmpty() ? "none" : String.join(", ", codes))
                            + ")"
                    : "the claim's diagnoses (" + (codes.isEmpty() ? "none" : String.join(", ", codes)) + ")";
            sink.report(line.lineNumber(), line.servicePosition(), line.procedureCode() + " on " + LineLabel.of(line)
                    + ": none of " + read + " is a chronic wound or ulcer diagnosis. Report the treated ulcer "
                    + "(e.g. L97.-, L89.-, diabetic foot ulcer E11.621 with its L97.- site) in HI"
                    + (claim.claimType() == ClaimType.PROFESSIONAL ? " and point the line at it" : "")
                    + ", or check that a skin substitute is covered for this diagnosis.");
        }
    }

    private static List<String> diagnosesOf(Claim claim, ServiceLine line, List<Diagnosis> pointable) {
        List<String> out = new ArrayList<>();
        if (claim.claimType() == ClaimType.PROFESSIONAL) {
            for (String p : line.diagnosisPointers()) {
                try {
                    int n = Integer.parseInt(p.trim());
                    if (n >= 1 && n <= pointable.size()) {
                        out.add(pointable.get(n - 1).code());
                    }
                } catch (NumberFormatException e) {
                    // DX-POINTER reports it; such a pointer names no diagnosis.
                }
            }
        } else {
            pointable.forEach(d -> out.add(d.code()));
        }
        return out;
    }

    boolean isWound(String code) {
        String c = normalise(code);
        if (c.isEmpty()) {
            return false;
        }
        if (codes.contains(c)) {
            return true;
        }
        for (Map.Entry<String, Integer> category : categories.entrySet()) {
            if (c.startsWith(category.getKey()) && c.length() == category.getValue()) {
                return true;
            }
        }
        for (String prefix : prefixes) {
            if (c.startsWith(prefix) && c.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replace(".", "").trim();
    }
}

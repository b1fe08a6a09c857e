package org.scrub837.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * include none of the configured wound/ulcer code prefixes earns a warning. On 837P the line's
 * pointed diagnoses (SV107) are read; 837I lines carry no pointers, so the claim's principal and
 * other diagnoses (ABK, ABF) are read instead. Codes are compared without dots.
 */
public final class Q4293WoundDiagnosisRule implements ClaimRule {

    public static final String ID = "Q4293-WOUND-DX";

    private final RuleContext context;
    private final CodeList products;
    private final List<String> prefixes;

    public Q4293WoundDiagnosisRule(RuleContext context) {
        this.context = context;
        this.products = context.parameters().codeList("products");
        this.prefixes = context.parameters().texts("woundDiagnosisPrefixes").stream()
                .map(Q4293WoundDiagnosisRule::normalise).toList();
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

    private boolean isWound(String code) {
        String c = normalise(code);
        return prefixes.stream().anyMatch(c::startsWith);
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replace(".", "").trim().toUpperCase(Locale.ROOT);
    }
}

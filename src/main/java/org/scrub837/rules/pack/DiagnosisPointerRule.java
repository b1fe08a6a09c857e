package org.scrub837.rules.pack;

import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Diagnosis;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * 837P line diagnosis pointers (SV107-1..4) point, by number from 1, into the claim's
 * diagnoses that pointers count (HI ABK principal, then ABF others, in order). A pointer that is not
 * a number, or that points past the last such diagnosis, leaves the line without a diagnosis.
 * Whether a line must carry a pointer at all is configurable ({@code requirePointer}).
 */
public final class DiagnosisPointerRule implements ClaimRule {

    public static final String ID = "DX-POINTER";

    private final RuleContext context;
    private final boolean requirePointer;
    private final int maxPointer;

    public DiagnosisPointerRule(RuleContext context) {
        this.context = context;
        this.requirePointer = context.parameters().flag("requirePointer", false);
        this.maxPointer = context.parameters().integer("maxPointer", 12);
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        if (claim.claimType() != ClaimType.PROFESSIONAL) {
            return;
        }
        int pointable = 0; // as pointable(claim).size(), without a stream and a list per claim
        for (Diagnosis d : claim.diagnoses()) {
            if (d.isPointable()) {
                pointable++;
            }
        }
        for (ServiceLine line : claim.lines()) {
            if (!context.inEffect(claim, line)) {
                continue;
            }
            boolean anyPointer = false; // a pointer neither null nor blank; no stream and list per line
            for (String p : line.diagnosisPointers()) {
                if (p != null && !p.isBlank()) {
                    anyPointer = true;
                    break;
                }
            }
            if (!anyPointer && requirePointer) {
                sink.report(line.lineNumber(), line.servicePosition(), LineLabel.of(line) + " has no diagnosis "
                        + "pointer (SV107-1). Point the line at the diagnosis it treats: SV107-1 = its number in "
                        + "the claim's HI list (1 = principal).");
            }
            for (String p : line.diagnosisPointers()) {
                if (p == null || p.isBlank()) {
                    continue;
                }
                String problem = problem(p.trim(), pointable);
                if (problem != null) {
                    sink.report(line.lineNumber(), line.servicePosition(), "Diagnosis pointer '" + p + "' on "
                            + LineLabel.of(line) + " (SV107) " + problem + ". Use the number (1 = principal) of a "
                            + "diagnosis sent in the claim's HI segment, or add the missing diagnosis to HI.");
                }
            }
        }
    }

    private String problem(String pointer, int pointable) {
        int n;
        try {
            n = Integer.parseInt(pointer);
        } catch (NumberFormatException e) {
            return "is not a number";
        }
        if (n < 1 || n > maxPointer) {
            return "is outside 1.." + maxPointer;
        }
        if (n > pointable) {
            return "points past the claim's diagnoses (" + pointable + " sent)";
        }
        return null;
    }

    /** The claim's diagnoses that SV107 pointers count, in HI order. */
    static List<Diagnosis> pointable(Claim claim) {
        return claim.diagnoses().stream().filter(Diagnosis::isPointable).toList();
    }
}

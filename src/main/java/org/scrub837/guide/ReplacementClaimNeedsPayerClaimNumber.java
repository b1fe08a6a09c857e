package org.scrub837.guide;

import org.scrub837.model.ClaimType;
import org.scrub837.model.Segment;

/**
 * The guide's 2300 REF*F8 note: a replacement (CLM05-3 7) or void (8) claim carries the payer's
 * claim control number of the original claim in REF*F8 at claim level (before the 2320 other-payer
 * loops and the lines).
 */
final class ReplacementClaimNeedsPayerClaimNumber implements ClaimEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public void check(ClaimEditInput in, GuideReport report) {
        String frequency = in.claim().frequencyCode();
        if (!"7".equals(frequency) && !"8".equals(frequency)) {
            return;
        }
        for (Segment s : in.claim().segments()) {
            if (s.tag().equals("SBR") || s.tag().equals("LX")) {
                break;
            }
            if (s.tag().equals("REF") && in.view(s).is(1, "F8")) {
                return;
            }
        }
        report.segment(GuideRuleIds.REQUIRED, null, in.claim().position(), "2300", "REF",
                GuideReport.DEPENDENT_SEGMENT_MISSING, "2300 REF*F8: a " + ("7".equals(frequency) ? "replacement"
                        : "void") + " claim (CLM05-3 " + frequency + ") needs REF*F8 with the payer's claim control"
                        + " number of the original claim.");
    }
}

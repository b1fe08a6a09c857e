package org.scrub837.guide;

import org.scrub837.model.ClaimType;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;

/**
 * X223A2 2310A: the attending provider name (NM1*71) is required when the claim has any service
 * other than nonscheduled transportation (revenue codes 054x, ambulance).
 */
final class AttendingProviderRequired implements ClaimEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL;
    }

    @Override
    public void check(ClaimEditInput in, GuideReport report) {
        boolean onlyTransportation = !in.claim().lines().isEmpty();
        for (ServiceLine line : in.claim().lines()) {
            onlyTransportation &= line.revenueCode() != null && line.revenueCode().startsWith("054");
        }
        if (onlyTransportation) {
            return;
        }
        Segment hi = null;
        for (Segment s : in.claim().segments()) {
            if (s.tag().equals("NM1") && in.view(s).is(1, "71")) {
                return;
            }
            if (s.tag().equals("HI") || s.tag().equals("CL1") || s.tag().equals("CLM")) {
                hi = s;
            }
        }
        report.segment(GuideRuleIds.REQUIRED, null, hi.position() + 1, "2310A", "NM1",
                GuideReport.DEPENDENT_SEGMENT_MISSING, "2310A NM1*71: the attending provider is missing; the guide"
                        + " requires NM1*71 with the attending provider's NPI on every institutional claim except"
                        + " nonscheduled transportation.");
    }
}

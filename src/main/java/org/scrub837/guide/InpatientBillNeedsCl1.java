package org.scrub837.guide;

import org.scrub837.model.ClaimType;
import org.scrub837.model.Segment;

/**
 * Situational note, 837I: an inpatient bill (a CLM05-1 facility type code among the operator's
 * inpatient codes, 11 by default) needs the institutional claim code CL1 with the admission type,
 * source and patient status. The data has CL1 required on every claim; on an inpatient bill this
 * check says why, and its finding is kept over the walker's generic "segment missing" for the same
 * segment (the report keeps a named check's finding over the walker's).
 */
final class InpatientBillNeedsCl1 implements ClaimEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL;
    }

    @Override
    public void check(ClaimEditInput in, GuideReport report) {
        if (!in.inpatient()) {
            return;
        }
        for (Segment s : in.claim().segments()) {
            if (s.tag().equals("CL1")) {
                return;
            }
        }
        report.segment(GuideRuleIds.REQUIRED, null, in.claim().position(), "2300", "CL1",
                GuideReport.DEPENDENT_SEGMENT_MISSING, "2300 CL1: an inpatient bill (type of bill "
                        + in.claim().facilityCode() + "x) needs CL1 with the admission type, source and patient status"
                        + " codes.");
    }
}

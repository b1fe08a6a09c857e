package org.scrub837.guide;

import java.time.LocalDate;

import org.scrub837.model.ClaimType;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * Front-end edit: the patient's birth date (DMG02 of 2010CA, or of 2010BA when the subscriber is the
 * patient) cannot be after the first date of service nor after the day the transaction was created
 * (BHT04, so the check does not depend on the day the file is scrubbed).
 */
final class BirthDateBeforeService implements ClaimEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public void check(ClaimEditInput in, GuideReport report) {
        HierarchyLevel level = in.patientLevel();
        if (level == null) {
            return;
        }
        String loop = in.claim().patient() != null ? "2010CA" : "2010BA";
        for (Segment s : level.segments()) {
            if (!s.tag().equals("DMG")) {
                continue;
            }
            SegmentView v = in.view(s);
            int birth = v.is(1, "D8") ? v.date(2) : -1;
            if (birth < 0) {
                return; // not a real date: the walker and the DMG checks report it
            }
            LocalDate service = in.earliestService();
            String problem = null;
            if (in.created() > 0 && birth > in.created()) {
                problem = "is after the date the transaction was created (BHT04)";
            } else if (service != null && birth > ClaimEditInput.asInt(service)) {
                problem = "is after the first date of service (" + service + ")";
            }
            if (problem != null) {
                report.element(GuideRuleIds.DATE, null, s.position(), loop, "DMG", 2, null, "1251",
                        GuideReport.INVALID_DATE, loop + " DMG02: the patient's birth date " + problem
                                + "; report the real birth date.");
            }
            return;
        }
    }
}

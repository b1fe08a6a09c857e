package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the data: the birth date (DMG02 of the subscriber 2010BA or the patient 2010CA) is a real
 * CCYYMMDD date. The data types DMG02 as text of 1 to 35 characters (a date only by the D8 in DMG01),
 * so it does not check it; whether the date is plausible is {@link BirthDateBeforeService}'s.
 */
final class BirthDateFormat implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "DMG";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        if (at.view().date(2) < 0) {
            String loop = at.loop();
            report.element(GuideRuleIds.DATE, null, at.position(), loop, "DMG", 2, null, "1251",
                    GuideReport.INVALID_DATE, loop + " DMG02: report the birth date as a real CCYYMMDD date.");
        }
    }
}

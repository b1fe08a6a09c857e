package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the data, 837I: the type of bill CLM05 carries must have the NUBC shape, a two-digit
 * facility type code (CLM05-1, e.g. 13) and a one-character frequency code (CLM05-3, e.g. 1); the
 * data takes both from external lists it does not hold. The NUBC lists are licensed and not
 * shipped, so only the shapes are checked.
 */
final class TypeOfBillShape implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL;
    }

    @Override
    public String tag() {
        return "CLM";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        SegmentView v = at.view();
        if (!(v.select(5, 1) && v.selectedDigits(2, 2))) {
            String facility = v.component(5, 1);
            report.element(GuideRuleIds.FORMAT, null, at.position(), "2300", "CLM", 5, 1, "1331",
                    GuideReport.PATTERN, "2300 CLM05-1: report the two-digit facility type code (the first two"
                            + " digits of the type of bill, e.g. 13), not '" + facility + "'.");
        }
        if (!(v.select(5, 3) && v.selectedLength() == 1 && v.selectedUpperAlnum())) {
            String frequency = v.component(5, 3);
            report.element(GuideRuleIds.FORMAT, null, at.position(), "2300", "CLM", 5, 3, "1325",
                    GuideReport.PATTERN, "2300 CLM05-3: report the one-character claim frequency code (the third"
                            + " digit of the type of bill, e.g. 1 admit through discharge), not '" + frequency + "'.");
        }
    }
}

package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the data, 837I: a service line's revenue code (SV201) must have the NUBC shape, four digits
 * with the leading zero (0510, not 510); the data only fixes a length of 1 to 48. The NUBC list is
 * licensed and not shipped, so only the shape is checked.
 */
final class RevenueCodeShape implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL;
    }

    @Override
    public String tag() {
        return "SV2";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        SegmentView v = at.view();
        if (fourDigits(v)) {
            return; // the usual case, read in place: once per service line
        }
        report.element(GuideRuleIds.FORMAT, at.line(), at.position(), "2400", "SV2", 1, null, "234",
                GuideReport.PATTERN, "2400 line " + at.line() + " SV201: report the four-digit revenue code with its"
                        + " leading zero (e.g. 0510), not '" + v.element(1) + "'.");
    }

    private static boolean fourDigits(SegmentView v) {
        if (v.length(1) != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            char c = v.charAt(1, k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the data: a charge is never negative: the total claim charge (CLM02), the 837P line charge
 * (SV102) and the 837I line charge (SV203). The data types them R, which allows a sign; payers'
 * front ends reject a negative charge (a credit is a void or replacement claim, not a negative one).
 */
final class NegativeChargeAmount implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "CLM";
    }

    @Override
    public boolean reads(String tag) {
        return tag.equals("CLM") || tag.equals("SV1") || tag.equals("SV2");
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        SegmentView v = at.view();
        if (v.is(0, "CLM")) {
            if (v.negative(2)) {
                report.element(GuideRuleIds.FORMAT, null, at.position(), "2300", "CLM", 2, null, "782",
                        GuideReport.PATTERN, "2300 CLM02: the total claim charge cannot be negative; report the sum"
                                + " of the line charges.");
            }
        } else if (v.is(0, "SV1")) {
            if (v.negative(2)) {
                report.element(GuideRuleIds.FORMAT, at.line(), at.position(), "2400", "SV1", 2, null, "782",
                        GuideReport.PATTERN, "2400 line " + at.line() + " SV102: the line charge cannot be negative.");
            }
        } else if (v.negative(3)) {
            report.element(GuideRuleIds.FORMAT, at.line(), at.position(), "2400", "SV2", 3, null, "782",
                    GuideReport.PATTERN, "2400 line " + at.line() + " SV203: the line charge cannot be negative.");
        }
    }
}

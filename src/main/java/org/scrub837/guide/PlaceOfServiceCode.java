package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * External code set, 837P: the place of service of the claim (CLM05-1) and of a line (SV105, sent
 * only when it differs from the claim's) must be a code of the CMS Place of Service code set, the
 * `pos` list the data names but does not hold; the shipped list is
 * {@code config/guide/place-of-service.tsv} (absent: not checked).
 */
final class PlaceOfServiceCode implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return type == ClaimType.PROFESSIONAL;
    }

    @Override
    public String tag() {
        return "CLM";
    }

    @Override
    public boolean reads(String tag) {
        return tag.equals("CLM") || tag.equals("SV1");
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        if (!at.codes().knowsPlacesOfService()) {
            return;
        }
        SegmentView v = at.view();
        if (v.is(0, "CLM")) {
            if (!v.in(5, 1, at.placesOfService())) {
                report.element(GuideRuleIds.CODE, null, at.position(), "2300", "CLM", 5, 1, "1331",
                        GuideReport.INVALID_CODE, "2300 CLM05-1: '" + v.component(5, 1) + "' is not a CMS place of"
                                + " service code; report the two-digit code, e.g. 11 (office).");
            }
        } else if (v.present(5) && !v.in(5, 0, at.placesOfService())) {
            report.element(GuideRuleIds.CODE, at.line(), at.position(), "2400", "SV1", 5, null, "1331",
                    GuideReport.INVALID_CODE, "2400 line " + at.line() + " SV105: '" + v.element(5) + "' is not a CMS"
                            + " place of service code; report the two-digit code or leave SV105 empty when it equals"
                            + " CLM05-1.");
        }
    }
}

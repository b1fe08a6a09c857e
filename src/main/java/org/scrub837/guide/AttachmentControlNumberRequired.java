package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Situational note of the claim and line supplemental information (2300 and 2400 PWK): an
 * attachment that is sent (PWK02 other than AA, available on request) needs PWK05 AC and its
 * attachment control number in PWK06, so the payer can match the attachment to the claim. Not for
 * the 837P 2400 certificate of medical necessity (PWK01 CT on a line), which uses neither, nor for a
 * PWK02 outside the codes of its segment (reported as that).
 */
final class AttachmentControlNumberRequired implements SegmentEdit {

    /** The attachment transmission codes of the claim and line PWK, compared in place. */
    private static final GuideCodeList TRANSMISSION = GuideCodeList.of(GuideCodes.PWK02);

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "PWK";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        SegmentView v = at.view();
        boolean certificate = at.type() == ClaimType.PROFESSIONAL && "2400".equals(at.loop()) && v.is(1, "CT");
        if (certificate || v.is(2, "AA") || !v.in(2, 0, TRANSMISSION)) {
            return;
        }
        if (!v.is(5, "AC") || !v.present(6)) {
            report.element(GuideRuleIds.REQUIRED, at.line(), at.position(), at.loop(), "PWK", 6, null, "67",
                    GuideReport.DEPENDENT_ELEMENT_MISSING, at.where() + " PWK05/PWK06: an attachment sent by "
                            + v.element(2) + " needs PWK05 AC and the attachment control number in PWK06.");
        }
    }
}

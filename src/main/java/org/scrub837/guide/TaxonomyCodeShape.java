package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the data: a provider taxonomy code (PRV03 under PRV02 PXC) of the billing provider (2000A)
 * or a claim or line provider (2310, 2420) must have the shape of the NUCC code set, ten characters
 * ending in X; the data only fixes a length of 1 to 50. The NUCC list itself is not shipped.
 */
final class TaxonomyCodeShape implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "PRV";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        SegmentView v = at.view();
        if (!v.is(2, "PXC")) {
            return;
        }
        if (v.select(3, 0) && v.selectedLength() == 10 && v.selectedUpperAlnum() && v.selectedChar(9) == 'X') {
            return; // GuideValues.taxonomy, read in place
        }
        String taxonomy = v.element(3);
        boolean billing = "2000A".equals(at.loop());
        report.element(GuideRuleIds.FORMAT, at.line(), at.position(), at.loop(), "PRV", 3, null, "127",
                GuideReport.PATTERN, at.where() + " PRV03: report the " + (billing ? "billing provider's" : "provider's")
                        + " ten-character taxonomy code ending in X, e.g. 207N00000X, not '" + taxonomy + "'.");
    }
}

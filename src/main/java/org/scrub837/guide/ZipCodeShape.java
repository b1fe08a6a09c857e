package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the data: the ZIP code (N403) of a US address is five or nine digits without a hyphen; the
 * data only fixes a length of 3 to 15. Every N4 but the billing provider's (2010AA, where the guide
 * wants all nine digits: {@link BillingProviderZipNineDigits}). Foreign addresses (N404 other than US
 * or CA) and Canadian ones (N402 a province of the shipped list) have their own postal codes.
 */
final class ZipCodeShape implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "N4";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        SegmentView v = at.view();
        if ("2010AA".equals(at.loop()) || v.present(4) && !v.is(4, "US") && !v.is(4, "CA")) {
            return;
        }
        if (v.present(2) && at.codes().knowsStates() && v.select(2, 0) && "CA".equals(at.selectedStateCountry())) {
            return;
        }
        if (v.select(3, 0) && !v.selectedDigits(5, 5) && !v.selectedDigits(9, 9)) {
            String loop = at.loop();
            report.element(GuideRuleIds.FORMAT, null, at.position(), loop, "N4", 3, null, "116",
                    GuideReport.PATTERN, loop + " N403: report a five- or nine-digit ZIP code without a hyphen, not '"
                            + v.element(3) + "'.");
        }
    }
}

package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the data: the 2010AA billing provider ZIP code (N403) must be the full nine-digit ZIP+4,
 * as the guide's note on the element says and payers' front ends enforce; the data only fixes a
 * length of 3 to 15. Foreign addresses (N404 other than US or CA) and Canadian addresses (N402 a
 * province in the shipped list) follow their own postal codes and are not checked.
 */
final class BillingProviderZipNineDigits implements SegmentEdit {

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
        if (!"2010AA".equals(at.loop())) {
            return;
        }
        SegmentView v = at.view();
        if (v.present(4) && !v.is(4, "US") && !v.is(4, "CA")) {
            return;
        }
        GuideCodeSets codes = at.codes();
        if (v.present(2) && codes.knowsStates() && "CA".equals(codes.stateCountries().get(v.element(2)))) {
            return;
        }
        if (!(v.select(3, 0) && v.selectedDigits(9, 9))) {
            String zip = v.element(3);
            report.element(GuideRuleIds.FORMAT, null, at.position(), "2010AA", "N4", 3, null, "116",
                    GuideReport.PATTERN, "2010AA N403: report the full nine-digit ZIP code, e.g. 336021234"
                            + (zip.isEmpty() ? "." : ", not '" + zip + "'."));
        }
    }
}

package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the guide: an NPI (NM108 XX) in the billing provider (2010AA) or a claim or line provider
 * loop (2310, 2420) must be ten digits whose last is the Luhn check digit over {@code 80840} and the
 * first nine, as NPPES issues them; the guide only fixes the length. The other payer loops (2330)
 * carry payer-assigned ids and are not checked.
 */
final class NpiCheckDigit implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "NM1";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        String loop = at.loop();
        boolean billing = loop.equals("2010AA");
        if (!billing && !loop.startsWith("2310") && !loop.startsWith("2420")) {
            return;
        }
        SegmentView v = at.view();
        if (!v.is(8, "XX")) {
            return;
        }
        if (!(v.select(9, 0) && npi(v))) {
            String npi = v.element(9);
            report.element(GuideRuleIds.FORMAT, at.line(), at.position(), loop, "NM1", 9, null, "67",
                    GuideReport.PATTERN, at.where() + " NM109: '" + npi + "' is not a valid NPI (ten digits with a"
                            + " correct check digit); copy the " + (billing ? "billing provider" : "provider")
                            + "'s NPI from NPPES.");
        }
    }

    /** {@link GuideValues#npi(String)} on the selected value, read in place. */
    static boolean npi(SegmentView v) {
        if (!v.selectedDigits(10, 10)) {
            return false;
        }
        int sum = 24;
        for (int i = 8; i >= 0; i--) {
            int d = v.selectedChar(i) - '0';
            if ((8 - i) % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10 == v.selectedChar(9) - '0';
    }
}

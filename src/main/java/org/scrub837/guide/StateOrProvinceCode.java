package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Situational note and external code set: on every N4 (2010AA-2010CA, 2310, 2330, 2420) of a US or
 * Canadian address (N404 empty, US or CA) the guide requires N402, and it must be a USPS state or
 * Canada Post province code of the shipped {@code config/guide/state-province-codes.tsv} (the
 * `states` list the data names but does not hold; absent: only "required" is checked). A foreign
 * address follows its own country's rules and is not checked.
 */
final class StateOrProvinceCode implements SegmentEdit {

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
        if (v.present(4) && !v.is(4, "US") && !v.is(4, "CA")) {
            return;
        }
        // the messages name the loop only, also inside a service line (2420C): as they always have
        String loop = at.loop();
        if (!v.present(2)) {
            report.element(GuideRuleIds.REQUIRED, null, at.position(), loop, "N4", 2, null, "156",
                    GuideReport.DEPENDENT_ELEMENT_MISSING, loop + " N402: report the two-letter state or province"
                            + " code of the address.");
        } else if (at.codes().knowsStates() && v.select(2, 0) && at.selectedStateCountry() == null) {
            report.element(GuideRuleIds.CODE, null, at.position(), loop, "N4", 2, null, "156",
                    GuideReport.INVALID_CODE, loop + " N402: '" + v.element(2) + "' is not a US state or Canadian"
                            + " province code; report the two-letter postal abbreviation, e.g. IL.");
        }
    }
}

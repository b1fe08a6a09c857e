package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * External code set, with the operator's file: a diagnosis under an ICD-10-CM qualifier of the guide
 * (ABK, ABF; on the 837I also ABJ, APR, ABN) must be a billable code of the CDC/CMS ICD-10-CM order
 * file the operator copied to {@code config/guide/icd10cm-order.txt} (absent: not checked): not a
 * category header, not a code the file does not list. Only codes of the right shape are looked up
 * (the shape is {@link Icd10cmCodeShape}'s).
 */
final class Icd10cmCodeKnown implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "HI";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        Icd10cmOrderFile order = at.codes().icd10cm();
        if (order == null) {
            return;
        }
        GuideCodeList qualifiers = Icd10cmCodeShape.qualifiers(at.type());
        SegmentView v = at.view();
        for (int e = 1; e <= v.size() && e <= 12; e++) {
            if (!v.select(e, 1) || !qualifiers.contains(v)) {
                continue;
            }
            String code = v.component(e, 2);
            if (GuideValues.icd10cmShape(code) && !order.billable(code)) {
                report.element(GuideRuleIds.CODE, null, at.position(), "2300", "HI", e, 2, "1271",
                        GuideReport.INVALID_CODE, "2300 HI" + GuideReport.twoDigits(e) + "-2: '" + code + "' is "
                                + (order.header(code) ? "an ICD-10-CM category, not a billable code; report the"
                                        + " complete code with all its characters"
                                        : "not in the ICD-10-CM code set loaded; check the code") + ".");
            }
        }
    }
}

package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the data: a diagnosis under an ICD-10-CM qualifier of the guide (ABK, ABF, and on the 837I
 * ABJ, APR, ABN) must look like an ICD-10-CM code as the guide wants it sent: a letter, a digit,
 * 3 to 7 upper-case characters in all, no period. Whether the code exists is the operator's order
 * file's question (the remaining hand-written HI check), asked only of well-shaped codes.
 */
final class Icd10cmCodeShape implements SegmentEdit {

    /** The ICD-10-CM qualifiers of each guide's HI. */
    private static final GuideCodeList PROFESSIONAL = icd10cm(GuideCodes.HI_P);
    private static final GuideCodeList INSTITUTIONAL = icd10cm(GuideCodes.HI_I);

    private static GuideCodeList icd10cm(java.util.Set<String> guideQualifiers) {
        return GuideCodeList.of(GuideCodes.ICD10CM_QUALIFIERS.stream().filter(guideQualifiers::contains)
                .toArray(String[]::new));
    }

    /** The guide's HI qualifiers that introduce an ICD-10-CM code (also read by {@link Icd10cmCodeKnown}). */
    static GuideCodeList qualifiers(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL ? INSTITUTIONAL : PROFESSIONAL;
    }

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
        GuideCodeList qualifiers = qualifiers(at.type());
        SegmentView v = at.view();
        for (int e = 1; e <= v.size() && e <= 12; e++) {
            if (!v.select(e, 1) || !qualifiers.contains(v)) {
                continue; // compared in place: the code is read only under an ICD-10-CM qualifier
            }
            String code = v.component(e, 2);
            if (!GuideValues.icd10cmShape(code)) {
                report.element(GuideRuleIds.FORMAT, null, at.position(), "2300", "HI", e, 2, "1271",
                        GuideReport.PATTERN, "2300 HI" + GuideReport.twoDigits(e) + "-2: '" + code + "' is not an"
                                + " ICD-10-CM code as the guide wants it: a letter, a digit, 3 to 7 upper-case"
                                + " characters and no period (e.g. L97412).");
            }
        }
    }
}

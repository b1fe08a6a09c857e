package org.scrub837.guide;

/**
 * Where a service line's procedure code is: the composite SV101 of the 837P SV1 or SV202 of the
 * 837I SV2 (qualifier in component 1, the code in 2, modifiers in 3-6). Shared by the edits that read
 * the code ({@link ProcedureCodeCase}, {@link ProcedureCodeShape}, {@link HcpcsCodeKnown}); each
 * reads only a composite whose qualifier is one of its guide's (another qualifier is reported as
 * that, and the code is not looked at). As their base class it says once which segments they read:
 * SV1 and SV2, on both guides.
 */
abstract class LineProcedureCode implements SegmentEdit {

    private static final GuideCodeList PROFESSIONAL_QUALIFIERS = GuideCodeList.of(GuideCodes.PRODUCT_QUALIFIER_P);
    private static final GuideCodeList INSTITUTIONAL_QUALIFIERS = GuideCodeList.of(GuideCodes.PRODUCT_QUALIFIER_I);

    @Override
    public boolean appliesTo(org.scrub837.model.ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "SV1";
    }

    @Override
    public boolean reads(String tag) {
        return readsTag(tag);
    }

    /** Whether the edits read segments of {@code tag}. */
    static boolean readsTag(String tag) {
        return tag.equals("SV1") || tag.equals("SV2");
    }

    /**
     * The composite's element in the segment the view shows (1 in SV1, 2 in SV2), or 0 when its
     * qualifier is not one of the guide's.
     */
    static int composite(SegmentView v) {
        if (v.is(0, "SV1")) {
            return v.in(1, 1, PROFESSIONAL_QUALIFIERS) ? 1 : 0;
        }
        return v.is(0, "SV2") && v.in(2, 1, INSTITUTIONAL_QUALIFIERS) ? 2 : 0;
    }

    /** Whether the composite's qualifier is HC (HCPCS or CPT), whose codes have a known shape. */
    static boolean hcpcs(SegmentView v, int composite) {
        return v.select(composite, 1) && v.selectedIs("HC");
    }

    static String tag(int composite) {
        return composite == 1 ? "SV1" : "SV2";
    }

    /** "SV101" or "SV202", as the messages name the composite. */
    static String name(int composite) {
        return composite == 1 ? "SV101" : "SV202";
    }
}

package org.scrub837.guide;

/**
 * External code set, with the operator's file: a HCPCS Level II code (SV101-2, SV202-2 under
 * qualifier HC, five upper-case characters starting with A to V) must be listed in the CMS quarterly
 * HCPCS file the operator copied to {@code config/guide/hcpcs.txt} (absent: not checked). CPT codes
 * (five digits, AMA-licensed) and codes of another shape are not looked up.
 */
final class HcpcsCodeKnown extends LineProcedureCode {

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        HcpcsFile hcpcs = at.codes().hcpcs();
        if (hcpcs == null) {
            return;
        }
        SegmentView v = at.view();
        int e = LineProcedureCode.composite(v);
        if (e == 0 || !LineProcedureCode.hcpcs(v, e) || !v.select(e, 2) || v.selectedLength() != 5
                || !v.selectedUpperAlnum() || v.selectedChar(0) < 'A' || v.selectedChar(0) > 'V') {
            return;
        }
        String code = v.selected();
        if (!hcpcs.contains(code)) {
            report.element(GuideRuleIds.CODE, at.line(), at.position(), "2400", LineProcedureCode.tag(e), e, 2, "234",
                    GuideReport.INVALID_CODE, "2400 line " + at.line() + " " + LineProcedureCode.name(e) + "-2: '"
                            + code + "' is not in the HCPCS Level II file loaded; check the code.");
        }
    }
}

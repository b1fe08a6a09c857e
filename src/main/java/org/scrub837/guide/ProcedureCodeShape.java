package org.scrub837.guide;

/**
 * Beyond the data (which allows 1 to 48 characters): a HCPCS or CPT code (SV101-2, SV202-2 under
 * qualifier HC) is five upper-case letters or digits. A code in lower case is
 * {@link ProcedureCodeCase}'s (one finding for the code, the plainer one).
 */
final class ProcedureCodeShape extends LineProcedureCode {

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        SegmentView v = at.view();
        int e = LineProcedureCode.composite(v);
        if (e == 0 || !LineProcedureCode.hcpcs(v, e) || !v.select(e, 2) || v.selectedHasLowerCase()) {
            return;
        }
        if (v.selectedLength() != 5 || !v.selectedUpperAlnum()) {
            report.element(GuideRuleIds.FORMAT, at.line(), at.position(), "2400", LineProcedureCode.tag(e), e, 2, "234",
                    GuideReport.PATTERN, "2400 line " + at.line() + " " + LineProcedureCode.name(e) + "-2: '"
                            + v.selected() + "' is not a five-character HCPCS/CPT code.");
        }
    }
}

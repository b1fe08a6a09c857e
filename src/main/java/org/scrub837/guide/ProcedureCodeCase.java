package org.scrub837.guide;

import java.util.Locale;


/**
 * Beyond the data (which has no code list for procedure codes): HCPCS and CPT codes (SV101-2,
 * SV202-2 under qualifier HC) and procedure modifiers (components 3-6, under any qualifier) are
 * upper case; payers' front ends do not fold case, so `q4293` or `rt` is not a code.
 */
final class ProcedureCodeCase extends LineProcedureCode {

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        SegmentView v = at.view();
        int e = LineProcedureCode.composite(v);
        if (e == 0) {
            return;
        }
        if (LineProcedureCode.hcpcs(v, e) && v.select(e, 2) && v.selectedHasLowerCase()) {
            String code = v.selected();
            report.element(GuideRuleIds.CODE, at.line(), at.position(), "2400", LineProcedureCode.tag(e), e, 2, "234",
                    GuideReport.INVALID_CODE, "2400 line " + at.line() + " " + LineProcedureCode.name(e) + "-2: '"
                            + code + "' is not a code: HCPCS and CPT codes are upper case; report "
                            + code.toUpperCase(Locale.ROOT) + ".");
        }
        for (int c = 3; c <= 6; c++) {
            if (v.select(e, c) && v.selectedHasLowerCase()) {
                String modifier = v.selected();
                report.element(GuideRuleIds.CODE, at.line(), at.position(), "2400", LineProcedureCode.tag(e), e, c,
                        "1339", GuideReport.INVALID_CODE, "2400 line " + at.line() + " " + LineProcedureCode.name(e)
                                + "-" + c + ": modifier '" + modifier + "' is not a code: modifiers are upper case;"
                                + " report " + modifier.toUpperCase(Locale.ROOT) + ".");
            }
        }
    }
}

package org.scrub837.guide;

import static org.scrub837.guide.GuideRuleIds.CODE;
import static org.scrub837.guide.GuideRuleIds.FORMAT;
import static org.scrub837.guide.GuideRuleIds.REQUIRED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;

/**
 * The claim itself: 2300 with 2310/2320/2330, and its 2400 lines with 2420: the hand-written checks
 * that remain, situational notes and edits beyond the guide still to become named classes
 * (docs/validation.md says which). The loops, segments and codes the data holds are the walker's;
 * the checks beyond the guide that read one segment are the {@link SegmentEdit}s in
 * {@link GuideValidator#SEGMENT_EDITS}.
 */
final class ClaimChecks {

    // the code lists as sorted arrays, searched in place in the segment's text (no substring per value)
    private static final ProviderLoops CLAIM_PROVIDERS_P = new ProviderLoops(GuideCodes.CLAIM_PROVIDERS_P);
    private static final ProviderLoops CLAIM_PROVIDERS_I = new ProviderLoops(GuideCodes.CLAIM_PROVIDERS_I);
    private static final ProviderLoops OTHER_PAYER_P = new ProviderLoops(GuideCodes.OTHER_PAYER_P);
    private static final ProviderLoops OTHER_PAYER_I = new ProviderLoops(GuideCodes.OTHER_PAYER_I);
    private static final ProviderLoops LINE_PROVIDERS_P = new ProviderLoops(GuideCodes.LINE_PROVIDERS_P);
    private static final ProviderLoops LINE_PROVIDERS_I = new ProviderLoops(GuideCodes.LINE_PROVIDERS_I);
    private static final GuideCodeList HI_P = GuideCodeList.of(GuideCodes.HI_P);
    private static final GuideCodeList HI_I = GuideCodeList.of(GuideCodes.HI_I);
    private static final GuideCodeList ICD10CM_QUALIFIERS = GuideCodeList.of(GuideCodes.ICD10CM_QUALIFIERS);
    private static final GuideCodeList PRODUCT_QUALIFIER_P = GuideCodeList.of(GuideCodes.PRODUCT_QUALIFIER_P);
    private static final GuideCodeList PRODUCT_QUALIFIER_I = GuideCodeList.of(GuideCodes.PRODUCT_QUALIFIER_I);

    private final GuideCodeSets codes;
    private final LevelChecks levels;
    /** CLM05-1 facility type codes of inpatient bills, which need CL1 (837I). */
    private final Set<String> inpatientFacilityCodes;

    ClaimChecks(GuideCodeSets codes, LevelChecks levels, Set<String> inpatientFacilityCodes) {
        this.codes = codes;
        this.levels = levels;
        this.inpatientFacilityCodes = Set.copyOf(inpatientFacilityCodes);
    }

    /** NM101 entity codes of a group of loops (sorted) with the loop each names. */
    private static final class ProviderLoops {
        final GuideCodeList entities;
        final String[] loops;

        ProviderLoops(Map<String, String> byEntity) {
            entities = GuideCodeList.of(byEntity.keySet());
            loops = new String[entities.codes().length];
            for (int i = 0; i < loops.length; i++) {
                loops[i] = byEntity.get(entities.codes()[i]);
            }
        }
    }

    GuideReport check(Claim claim, SegmentView v) {
        GuideReport r = new GuideReport();
        boolean institutional = claim.claimType() == ClaimType.INSTITUTIONAL;
        Delimiters d = claim.transaction().interchange().delimiters();
        List<ServiceLine> lines = claim.lines();
        DateRange statement = claim.dates().get(Claim.STATEMENT_DATES);
        int statementFrom = statement == null ? -1 : asInt(statement.from());
        int statementTo = statement == null ? -1 : asInt(statement.to());
        boolean inpatient = institutional && claim.facilityCode() != null
                && inpatientFacilityCodes.contains(claim.facilityCode());
        boolean lineDatesRequired = institutional && !inpatient && statementFrom > 0 && statementTo > statementFrom;

        String loop = "2300";
        boolean otherPayer = false;
        boolean institutionalCode = false;
        int lineIndex = -1;
        Integer line = null;
        int lineStart = 0;
        boolean lineServiceDate = true;
        int clmPosition = claim.position();

        for (Segment s : claim.segments()) {
            int p = s.position();
            String tag = s.tag();
            if (tag.equals("LX")) {
                lineEnd(r, institutional, lineDatesRequired, line, lineStart, lineServiceDate);
                lineIndex++;
                line = lineIndex < lines.size() ? lines.get(lineIndex).lineNumber() : null;
                lineStart = p;
                lineServiceDate = false;
                loop = "2400";
                continue;
            }
            v.of(s, d);
            switch (tag) {
                case "DTP" -> {
                    // the date qualifiers and formats are the data's; a line's date of service is what
                    // the line checks below look for (its dates: ServiceDatesNotAfterCreation,
                    // LineDateInsideStatementPeriod)
                    if (lineIndex >= 0 && loop.equals("2400") && v.is(1, "472") && (v.is(2, "D8") || v.is(2, "RD8"))) {
                        lineServiceDate = true;
                    }
                }
                case "CL1" -> institutionalCode = true;
                case "HI" -> hi(r, v, p, institutional);
                case "PWK" -> pwk(r, v, p, loop, line, lineIndex >= 0, institutional);
                case "SBR" -> {
                    otherPayer = true;
                    loop = "2320";
                }
                case "NM1" -> loop = nm1(v, lineIndex >= 0, otherPayer, institutional);
                case "N4" -> levels.address(r, v, p, loop, false);
                case "SV1" -> sv1(r, v, p, line);
                case "SV2" -> sv2(r, v, p, line);
                case "SVD" -> loop = "2430";
                case "LQ" -> loop = "2440";
                case "LIN" -> loop = "2410";
                default -> { }
            }
        }
        lineEnd(r, institutional, lineDatesRequired, line, lineStart, lineServiceDate);

        if (inpatient && !institutionalCode) {
            r.segment(REQUIRED, null, clmPosition, "2300", "CL1", GuideReport.DEPENDENT_SEGMENT_MISSING,
                    "2300 CL1: an inpatient bill (type of bill " + claim.facilityCode() + "x) needs CL1 with the"
                            + " admission type, source and patient status codes.");
        }
        return r;
    }

    private static String where(String loop, Integer line) {
        return line == null ? loop : loop + " line " + line;
    }

    private void lineEnd(GuideReport r, boolean institutional, boolean lineDatesRequired, Integer line, int lineStart,
            boolean hasServiceDate) {
        // the 837P line's DTP*472 (required) is the data's; the 837I one is required by the guide's note
        if (lineStart == 0 || hasServiceDate || !institutional) {
            return;
        }
        if (lineDatesRequired) {
            r.segment(REQUIRED, line, lineStart, "2400", "DTP", GuideReport.DEPENDENT_SEGMENT_MISSING,
                    "2400 line " + line + " DTP*472: the statement period spans more than one day, so send the"
                            + " line's date of service as DTP*472*D8*<CCYYMMDD>.");
        }
    }

    /**
     * With the operator's ICD-10-CM order file: each well-shaped code under an ICD-10-CM qualifier of the
     * guide must be a billable code of the file (the qualifiers themselves are the data's).
     */
    private void hi(GuideReport r, SegmentView v, int p, boolean institutional) {
        GuideCodeList allowed = institutional ? HI_I : HI_P;
        for (int e = 1; e <= v.size() && e <= 12; e++) {
            if (!v.present(e) || !v.in(e, 1, allowed)) {
                continue;
            }
            // the qualifier stays selected for the look-up below
            boolean icd10cm = codes.icd10cm() != null && ICD10CM_QUALIFIERS.contains(v);
            // the shape is Icd10cmCodeShape's; only a well-shaped code is looked up (a String only with an order file)
            String code = icd10cm ? v.component(e, 2) : null;
            if (icd10cm && GuideValues.icd10cmShape(code)) {
                if (!codes.icd10cm().billable(code)) {
                    r.element(CODE, null, p, "2300", "HI", e, 2, "1271", GuideReport.INVALID_CODE, "2300 HI"
                            + String.format("%02d", e) + "-2: '" + code + "' is "
                            + (codes.icd10cm().header(code) ? "an ICD-10-CM category, not a billable code; report"
                                    + " the complete code with all its characters"
                                    : "not in the ICD-10-CM code set loaded; check the code") + ".");
                }
            }
        }
    }

    private void pwk(GuideReport r, SegmentView v, int p, String loop, Integer line, boolean atLine,
            boolean institutional) {
        String transmission = v.element(2);
        boolean certificate = !institutional && atLine && v.is(1, "CT");
        Set<String> allowed = certificate ? GuideCodes.PWK02_DME_CMN : GuideCodes.PWK02;
        if (!allowed.contains(transmission)) {
            return; // PWK01 and PWK02 codes are the data's
        }
        if (!certificate && !"AA".equals(transmission) && (!v.is(5, "AC") || !v.present(6))) {
            r.element(REQUIRED, line, p, loop, "PWK", 6, null, "67", GuideReport.DEPENDENT_ELEMENT_MISSING,
                    where(loop, line) + " PWK05/PWK06: an attachment sent by " + transmission + " needs PWK05 AC and"
                            + " the attachment control number in PWK06.");
        }
    }

    /** The loop an NM1 starts, by its NM101 and where it stands (line, after a 2320 SBR, claim). */
    private static String nm1(SegmentView v, boolean atLine, boolean otherPayer, boolean institutional) {
        ProviderLoops loops = atLine ? (institutional ? LINE_PROVIDERS_I : LINE_PROVIDERS_P)
                : otherPayer ? (institutional ? OTHER_PAYER_I : OTHER_PAYER_P)
                : (institutional ? CLAIM_PROVIDERS_I : CLAIM_PROVIDERS_P);
        // NM101 and NM108 codes are the data's; the loop names where the N4 checks above report
        int known = v.select(1, 0) ? loops.entities.indexOf(v) : -1;
        if (known < 0) {
            return atLine ? "2420" : otherPayer ? "2330" : "2310";
        }
        return loops.loops[known];
    }

    /** The procedure code checks of an SV1 whose SV101-1 is a qualifier of the guide (the rest of SV1 is the data's). */
    private void sv1(GuideReport r, SegmentView v, int p, Integer line) {
        if (v.in(1, 1, PRODUCT_QUALIFIER_P)) {
            procedure(r, v, p, line, 1, "SV1", "SV101", v.selectedIs("HC"));
        }
    }

    /** The same for an SV2's SV202 (SV201's shape: RevenueCodeShape). */
    private void sv2(GuideReport r, SegmentView v, int p, Integer line) {
        if (v.present(2) && v.in(2, 1, PRODUCT_QUALIFIER_I)) {
            procedure(r, v, p, line, 2, "SV2", "SV202", v.selectedIs("HC"));
        }
    }

    /** "2400 line 3": how the line messages name where a segment is (built only for a finding). */
    private static String w(Integer line) {
        return "2400 line " + line;
    }

    /** The procedure code and modifiers of an SV1-01/SV2-02 composite, read in place; Strings only for a finding. */
    private void procedure(GuideReport r, SegmentView v, int p, Integer line, int element, String tag, String name,
            boolean hcpcs) {
        if (v.select(element, 2) && hcpcs) { // a missing procedure code is the data's
            if (v.selectedHasLowerCase()) {
                String code = v.selected();
                r.element(CODE, line, p, "2400", tag, element, 2, "234", GuideReport.INVALID_CODE, w(line) + " " + name
                        + "-2: '" + code + "' is not a code: HCPCS and CPT codes are upper case; report "
                        + code.toUpperCase(java.util.Locale.ROOT) + ".");
            } else if (v.selectedLength() != 5 || !v.selectedUpperAlnum()) {
                r.element(FORMAT, line, p, "2400", tag, element, 2, "234", GuideReport.PATTERN, w(line) + " " + name
                        + "-2: '" + v.selected() + "' is not a five-character HCPCS/CPT code.");
            } else if (codes.hcpcs() != null && v.selectedChar(0) >= 'A' && v.selectedChar(0) <= 'V'
                    && !codes.hcpcs().contains(v.selected())) {
                r.element(CODE, line, p, "2400", tag, element, 2, "234", GuideReport.INVALID_CODE, w(line) + " " + name
                        + "-2: '" + v.selected() + "' is not in the HCPCS Level II file loaded; check the code.");
            }
        }
        for (int c = 3; c <= 6; c++) {
            if (v.select(element, c) && v.selectedHasLowerCase()) {
                String modifier = v.selected();
                r.element(CODE, line, p, "2400", tag, element, c, "1339", GuideReport.INVALID_CODE, w(line) + " "
                        + name + "-" + c + ": modifier '" + modifier + "' is not a code: modifiers are upper case;"
                        + " report " + modifier.toUpperCase(java.util.Locale.ROOT) + ".");
            }
        }
    }

    private static int asInt(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}

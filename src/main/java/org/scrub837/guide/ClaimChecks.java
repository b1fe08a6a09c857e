package org.scrub837.guide;

import static org.scrub837.guide.GuideRuleIds.CODE;
import static org.scrub837.guide.GuideRuleIds.REQUIRED;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;

/**
 * The claim itself: 2300 with 2310/2320/2330, and its 2400 lines with 2420: the hand-written checks
 * that remain (situational segments, code sets by loop and guide, plain messages the data does not
 * carry yet; docs/validation.md says why each stays). The checks beyond the guide that read one
 * segment are the {@link SegmentEdit}s in {@link GuideValidator#SEGMENT_EDITS}, the situational notes
 * that read the whole claim the {@link ClaimEdit}s in {@link GuideValidator#EDITS}.
 */
final class ClaimChecks {

    // the code lists as sorted arrays, searched in place in the segment's text (no substring per value)
    private static final DateQualifiers CLAIM_DTP_P = new DateQualifiers(GuideCodes.CLAIM_DTP_P);
    private static final DateQualifiers CLAIM_DTP_I = new DateQualifiers(GuideCodes.CLAIM_DTP_I);
    private static final DateQualifiers LINE_DTP_P = new DateQualifiers(GuideCodes.LINE_DTP_P);
    private static final DateQualifiers LINE_DTP_I = new DateQualifiers(GuideCodes.LINE_DTP_I);
    private static final ProviderLoops CLAIM_PROVIDERS_P = new ProviderLoops(GuideCodes.CLAIM_PROVIDERS_P);
    private static final ProviderLoops CLAIM_PROVIDERS_I = new ProviderLoops(GuideCodes.CLAIM_PROVIDERS_I);
    private static final ProviderLoops OTHER_PAYER_P = new ProviderLoops(GuideCodes.OTHER_PAYER_P);
    private static final ProviderLoops OTHER_PAYER_I = new ProviderLoops(GuideCodes.OTHER_PAYER_I);
    private static final ProviderLoops LINE_PROVIDERS_P = new ProviderLoops(GuideCodes.LINE_PROVIDERS_P);
    private static final ProviderLoops LINE_PROVIDERS_I = new ProviderLoops(GuideCodes.LINE_PROVIDERS_I);
    private static final GuideCodeList HI_P = GuideCodeList.of(GuideCodes.HI_P);
    private static final GuideCodeList HI_I = GuideCodeList.of(GuideCodes.HI_I);
    private static final GuideCodeList PRINCIPAL_DIAGNOSIS = GuideCodeList.of(GuideCodes.PRINCIPAL_DIAGNOSIS);
    private static final GuideCodeList PRODUCT_QUALIFIER_P = GuideCodeList.of(GuideCodes.PRODUCT_QUALIFIER_P);
    private static final GuideCodeList PRODUCT_QUALIFIER_I = GuideCodeList.of(GuideCodes.PRODUCT_QUALIFIER_I);

    /** DTP01 qualifiers of a loop (sorted) with the DTP02 formats each allows (sorted). */
    private static final class DateQualifiers {
        final GuideCodeList qualifiers;
        final GuideCodeList[] formats;

        DateQualifiers(Map<String, Set<String>> allowed) {
            qualifiers = GuideCodeList.of(allowed.keySet());
            formats = new GuideCodeList[qualifiers.codes().length];
            for (int i = 0; i < formats.length; i++) {
                formats[i] = GuideCodeList.of(allowed.get(qualifiers.codes()[i]));
            }
        }
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

        String loop = "2300";
        boolean otherPayer = false;
        boolean principal = false;
        boolean statementDates = false;
        int lineIndex = -1;
        Integer line = null;
        int lineStart = 0;
        boolean lineServiceDate = true;
        int clmPosition = claim.position();

        for (Segment s : claim.segments()) {
            int p = s.position();
            String tag = s.tag();
            if (tag.equals("LX")) {
                lineEnd(r, institutional, line, lineStart, lineServiceDate);
                lineIndex++;
                line = lineIndex < lines.size() ? lines.get(lineIndex).lineNumber() : null;
                lineStart = p;
                lineServiceDate = false;
                loop = "2400";
                continue;
            }
            v.of(s, d);
            switch (tag) {
                case "CLM" -> clm(r, v, p, institutional);
                case "DTP" -> {
                    if (otherPayer && lineIndex < 0) {
                        break; // 2330B DTP*573 and the like
                    }
                    boolean atLine = lineIndex >= 0;
                    if (atLine && !loop.equals("2400")) {
                        break; // DTP inside 2430 line adjudication
                    }
                    DateQualifiers allowed = atLine ? (institutional ? LINE_DTP_I : LINE_DTP_P)
                            : (institutional ? CLAIM_DTP_I : CLAIM_DTP_P);
                    statementDates |= !atLine && v.is(1, "434");
                    int known = v.select(1, 0) ? allowed.qualifiers.indexOf(v) : -1;
                    if (known < 0) {
                        String qualifier = v.element(1);
                        r.element(CODE, line, p, loop, "DTP", 1, null, "374", GuideReport.INVALID_CODE, where(loop, line)
                                + " DTP01: '" + qualifier + "' is not a date qualifier of this loop in the "
                                + claim.claimType().label() + " guide"
                                + (atLine ? "" : ("472".equals(qualifier) && !institutional
                                        ? "; report the date of service on each line as DTP*472 in loop 2400" : ""))
                                + ".");
                        break;
                    }
                    if (!v.in(2, 0, allowed.formats[known])) {
                        r.element(CODE, line, p, loop, "DTP", 2, null, "1250", GuideReport.INVALID_CODE,
                                where(loop, line) + " DTP02: DTP*" + v.element(1) + " takes format "
                                        + String.join(" or ", allowed.formats[known].codes()) + ", not '"
                                        + v.element(2) + "'.");
                        break;
                    }
                    if (atLine && v.is(1, "472")) {
                        lineServiceDate = true; // its dates: ServiceDatesNotAfterCreation, LineDateInsideStatementPeriod
                    }
                }
                case "HI" -> principal |= hi(r, v, p, institutional);
                case "PWK" -> pwk(r, v, p, loop, line, lineIndex >= 0, institutional);
                case "SBR" -> {
                    otherPayer = true;
                    loop = "2320";
                }
                case "NM1" -> loop = nm1(r, v, p, line, lineIndex >= 0, otherPayer, institutional, loop);
                case "SV1" -> sv1(r, v, p, line);
                case "SV2" -> sv2(r, v, p, line);
                case "SVD" -> loop = "2430";
                case "LQ" -> loop = "2440";
                case "LIN" -> loop = "2410";
                default -> { }
            }
        }
        lineEnd(r, institutional, line, lineStart, lineServiceDate);

        if (!principal) {
            r.segment(REQUIRED, null, clmPosition, "2300", "HI", GuideReport.SEGMENT_MISSING,
                    "2300 HI: the claim has no principal diagnosis; send HI*ABK:<ICD-10-CM code without the period>"
                            + " as the first diagnosis.");
        }
        if (institutional && !statementDates) {
            r.segment(REQUIRED, null, clmPosition, "2300", "DTP", GuideReport.SEGMENT_MISSING,
                    "2300 DTP*434: the institutional claim has no statement dates; send DTP*434*RD8*<from>-<to>.");
        }
        return r;
    }

    private static String where(String loop, Integer line) {
        return line == null ? loop : loop + " line " + line;
    }

    private void lineEnd(GuideReport r, boolean institutional, Integer line, int lineStart, boolean hasServiceDate) {
        if (lineStart == 0 || hasServiceDate) {
            return;
        }
        if (!institutional) {
            r.segment(REQUIRED, line, lineStart, "2400", "DTP", GuideReport.SEGMENT_MISSING,
                    "2400 line " + line + " DTP*472: every professional service line needs its date of service;"
                            + " send DTP*472*D8*<CCYYMMDD> after SV1.");
        }
    }

    private void clm(GuideReport r, SegmentView v, int p, boolean institutional) {
        String loop = "2300";
        if (institutional) {
            // the shapes of CLM05-1 and CLM05-3: TypeOfBillShape
            if (!(v.select(5, 2) && v.selectedIs("A"))) {
                r.element(CODE, null, p, loop, "CLM", 5, 2, "1332", GuideReport.INVALID_CODE,
                        "2300 CLM05-2: report A (uniform billing claim form bill type) on an institutional claim.");
            }
        } else {
            if (!(v.select(5, 2) && v.selectedIs("B"))) {
                r.element(CODE, null, p, loop, "CLM", 5, 2, "1332", GuideReport.INVALID_CODE,
                        "2300 CLM05-2: report B (place of service codes for professional services).");
            }
        }
    }

    /** Returns whether this HI carries the principal diagnosis. */
    private boolean hi(GuideReport r, SegmentView v, int p, boolean institutional) {
        GuideCodeList allowed = institutional ? HI_I : HI_P;
        boolean principal = false;
        for (int e = 1; e <= v.size() && e <= 12; e++) {
            if (!v.present(e)) {
                continue;
            }
            if (!v.in(e, 1, allowed)) {
                r.element(CODE, null, p, "2300", "HI", e, 1, "1270", GuideReport.INVALID_CODE, "2300 HI"
                        + String.format("%02d", e) + "-1: '" + v.component(e, 1) + "' is not a code list qualifier of the "
                        + (institutional ? "837I" : "837P") + " guide; use ABK for the principal diagnosis and ABF"
                        + " for other diagnoses (upper case).");
                continue;
            }
            // the qualifier is still selected: the principal look-up reads it in place
            boolean isPrincipal = PRINCIPAL_DIAGNOSIS.contains(v);
            if (isPrincipal && e > 1) {
                r.element(CODE, null, p, "2300", "HI", e, 1, "1270", GuideReport.INVALID_CODE, "2300 HI"
                        + String.format("%02d", e) + "-1: the principal diagnosis (" + v.component(e, 1)
                        + ") goes in HI01 only; report other diagnoses with ABF.");
            }
            principal |= isPrincipal && e == 1;
        }
        return principal;
    }

    private void pwk(GuideReport r, SegmentView v, int p, String loop, Integer line, boolean atLine,
            boolean institutional) {
        String type = v.element(1);
        String transmission = v.element(2);
        boolean certificate = !institutional && atLine && "CT".equals(type);
        if (!GuideCodes.PWK01.contains(type)) {
            r.element(CODE, line, p, loop, "PWK", 1, null, "755", GuideReport.INVALID_CODE, where(loop, line)
                    + " PWK01: '" + type + "' is not an attachment report type code of the guide.");
        }
        Set<String> allowed = certificate ? GuideCodes.PWK02_DME_CMN : GuideCodes.PWK02;
        if (!allowed.contains(transmission)) {
            r.element(CODE, line, p, loop, "PWK", 2, null, "756", GuideReport.INVALID_CODE, where(loop, line)
                    + " PWK02: '" + transmission + "' is not an attachment transmission code here; report "
                    + (certificate ? "AB, AD, AF, AG or NS for a certificate of medical necessity"
                            : "AA (available on request), BM (mail), EL (electronic), EM (e-mail), FT (file transfer)"
                                    + " or FX (fax)") + ".");
        }
    }

    private String nm1(GuideReport r, SegmentView v, int p, Integer line, boolean atLine, boolean otherPayer,
            boolean institutional, String current) {
        ProviderLoops loops = atLine ? (institutional ? LINE_PROVIDERS_I : LINE_PROVIDERS_P)
                : otherPayer ? (institutional ? OTHER_PAYER_I : OTHER_PAYER_P)
                : (institutional ? CLAIM_PROVIDERS_I : CLAIM_PROVIDERS_P);
        int known = v.select(1, 0) ? loops.entities.indexOf(v) : -1;
        if (known < 0) {
            String here = atLine ? "2420" : otherPayer ? "2330" : "2310";
            r.element(CODE, line, p, here, "NM1", 1, null, "98", GuideReport.INVALID_CODE, where(here, line)
                    + " NM101: '" + v.element(1) + "' is not an entity identifier the guide allows in the " + here
                    + " loops; use one of " + String.join(", ", loops.entities.codes()) + ".");
            return here;
        }
        String loop = loops.loops[known];
        if (loop.startsWith("2330")) {
            return loop; // other payer loops carry payer-assigned ids, not NPIs
        }
        if (v.present(8) && !v.is(8, "XX")) {
            r.element(CODE, line, p, loop, "NM1", 8, null, "66", GuideReport.INVALID_CODE, where(loop, line)
                    + " NM108: report XX with the provider's NPI in NM109; other ids go in REF.");
        }
        return loop;
    }

    private void sv1(GuideReport r, SegmentView v, int p, Integer line) {
        if (!v.in(1, 1, PRODUCT_QUALIFIER_P)) {
            r.element(CODE, line, p, "2400", "SV1", 1, 1, "235", GuideReport.INVALID_CODE, w(line) + " SV101-1: '"
                    + v.component(1, 1) + "' is not a product/service id qualifier; report HC (HCPCS/CPT) in upper case"
                    + " (or ER, IV, WK).");
        } else {
            procedure(r, v, p, line, 1, "SV1", "SV101");
        }
        if (!v.present(7) || !v.select(7, 1)) {
            r.element(REQUIRED, line, p, "2400", "SV1", 7, 1, "1328", GuideReport.ELEMENT_MISSING, w(line)
                    + " SV107: the line points at no diagnosis; report in SV107-1 the number (1-12) of the HI"
                    + " diagnosis this service treats.");
        } else {
            for (int c = 1; c <= 4; c++) {
                if (v.select(7, c) && !pointer(v)) {
                    r.element(CODE, line, p, "2400", "SV1", 7, c, "1328", GuideReport.INVALID_CODE, w(line) + " SV107-"
                            + c + ": '" + v.component(7, c) + "' is not a diagnosis pointer; report a number 1 to 12 without"
                            + " leading zeros.");
                }
            }
        }
    }

    private void sv2(GuideReport r, SegmentView v, int p, Integer line) {
        // SV201's shape: RevenueCodeShape
        if (v.present(2)) {
            if (!v.in(2, 1, PRODUCT_QUALIFIER_I)) {
                r.element(CODE, line, p, "2400", "SV2", 2, 1, "235", GuideReport.INVALID_CODE, w(line) + " SV202-1: '"
                        + v.component(2, 1) + "' is not a product/service id qualifier; report HC (HCPCS/CPT) in upper case"
                        + " (or ER, HP, IV, WK).");
            } else {
                procedure(r, v, p, line, 2, "SV2", "SV202");
            }
        }
    }

    /** "2400 line 3": how the line messages name where a segment is (built only for a finding). */
    private static String w(Integer line) {
        return "2400 line " + line;
    }

    /** Whether the selected SV107 component is a diagnosis pointer 1 to 12 without leading zeros. */
    private static boolean pointer(SegmentView v) {
        int n = v.selectedLength();
        char first = v.selectedChar(0);
        if (n == 1) {
            return first >= '1' && first <= '9';
        }
        return n == 2 && first == '1' && v.selectedChar(1) >= '0' && v.selectedChar(1) <= '2';
    }

    /**
     * The procedure code of an SV1-01/SV2-02 composite is sent (its case, shape and HCPCS look-up are
     * {@link ProcedureCodeCase}, {@link ProcedureCodeShape} and {@link HcpcsCodeKnown}).
     */
    private void procedure(GuideReport r, SegmentView v, int p, Integer line, int element, String tag, String name) {
        if (!v.select(element, 2)) {
            r.element(REQUIRED, line, p, "2400", tag, element, 2, "234", GuideReport.ELEMENT_MISSING,
                    w(line) + " " + name + "-2: report the procedure code.");
        }
    }
}

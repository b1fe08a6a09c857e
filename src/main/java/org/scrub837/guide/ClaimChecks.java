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
 * that remain (situational segments, code sets by loop and guide, external code sets, plain messages
 * the data does not carry yet; docs/validation.md says why each stays). The checks beyond the guide
 * that read one segment are the {@link SegmentEdit}s in {@link GuideValidator#SEGMENT_EDITS}.
 */
final class ClaimChecks {

    private final GuideCodeSets codes;
    private final LevelChecks levels;
    /** CLM05-1 facility type codes of inpatient bills, which need CL1 (837I). */
    private final Set<String> inpatientFacilityCodes;

    ClaimChecks(GuideCodeSets codes, LevelChecks levels, Set<String> inpatientFacilityCodes) {
        this.codes = codes;
        this.levels = levels;
        this.inpatientFacilityCodes = Set.copyOf(inpatientFacilityCodes);
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
        boolean principal = false;
        boolean statementDates = false;
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
            v.of(s.text(), d.element(), d.component());
            switch (tag) {
                case "CLM" -> clm(r, v, p, institutional);
                case "DTP" -> {
                    if (otherPayer && lineIndex < 0) {
                        break; // 2330B DTP*573 and the like
                    }
                    String qualifier = v.element(1);
                    boolean atLine = lineIndex >= 0;
                    if (atLine && !loop.equals("2400")) {
                        break; // DTP inside 2430 line adjudication
                    }
                    Map<String, Set<String>> allowed = atLine
                            ? (institutional ? GuideCodes.LINE_DTP_I : GuideCodes.LINE_DTP_P)
                            : (institutional ? GuideCodes.CLAIM_DTP_I : GuideCodes.CLAIM_DTP_P);
                    statementDates |= !atLine && "434".equals(qualifier);
                    Set<String> formats = allowed.get(qualifier);
                    if (formats == null) {
                        r.element(CODE, line, p, loop, "DTP", 1, null, "374", GuideReport.INVALID_CODE, where(loop, line)
                                + " DTP01: '" + qualifier + "' is not a date qualifier of this loop in the "
                                + claim.claimType().label() + " guide"
                                + (atLine ? "" : ("472".equals(qualifier) && !institutional
                                        ? "; report the date of service on each line as DTP*472 in loop 2400" : ""))
                                + ".");
                        break;
                    }
                    if (!formats.contains(v.element(2))) {
                        r.element(CODE, line, p, loop, "DTP", 2, null, "1250", GuideReport.INVALID_CODE,
                                where(loop, line) + " DTP02: DTP*" + qualifier + " takes format "
                                        + String.join(" or ", new java.util.TreeSet<>(formats)) + ", not '"
                                        + v.element(2) + "'.");
                        break;
                    }
                    if ("472".equals(qualifier) && atLine) {
                        lineServiceDate = true; // its dates: ServiceDatesNotAfterCreation, LineDateInsideStatementPeriod
                    }
                }
                case "CL1" -> institutionalCode = true;
                case "HI" -> principal |= hi(r, v, p, institutional);
                case "PWK" -> pwk(r, v, p, loop, line, lineIndex >= 0, institutional);
                case "SBR" -> {
                    otherPayer = true;
                    loop = "2320";
                }
                case "NM1" -> loop = nm1(r, v, p, line, lineIndex >= 0, otherPayer, institutional, loop);
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

        if (!principal) {
            r.segment(REQUIRED, null, clmPosition, "2300", "HI", GuideReport.SEGMENT_MISSING,
                    "2300 HI: the claim has no principal diagnosis; send HI*ABK:<ICD-10-CM code without the period>"
                            + " as the first diagnosis.");
        }
        if (institutional && !statementDates) {
            r.segment(REQUIRED, null, clmPosition, "2300", "DTP", GuideReport.SEGMENT_MISSING,
                    "2300 DTP*434: the institutional claim has no statement dates; send DTP*434*RD8*<from>-<to>.");
        }
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
        if (lineStart == 0 || hasServiceDate) {
            return;
        }
        if (!institutional) {
            r.segment(REQUIRED, line, lineStart, "2400", "DTP", GuideReport.SEGMENT_MISSING,
                    "2400 line " + line + " DTP*472: every professional service line needs its date of service;"
                            + " send DTP*472*D8*<CCYYMMDD> after SV1.");
        } else if (lineDatesRequired) {
            r.segment(REQUIRED, line, lineStart, "2400", "DTP", GuideReport.DEPENDENT_SEGMENT_MISSING,
                    "2400 line " + line + " DTP*472: the statement period spans more than one day, so send the"
                            + " line's date of service as DTP*472*D8*<CCYYMMDD>.");
        }
    }

    private void clm(GuideReport r, SegmentView v, int p, boolean institutional) {
        String loop = "2300";
        if (GuideValues.negative(v.element(2))) {
            r.element(FORMAT, null, p, loop, "CLM", 2, null, "782", GuideReport.PATTERN,
                    "2300 CLM02: the total claim charge cannot be negative; report the sum of the line charges.");
        }
        if (institutional) {
            // the shapes of CLM05-1 and CLM05-3: TypeOfBillShape
            if (!"A".equals(v.component(5, 2))) {
                r.element(CODE, null, p, loop, "CLM", 5, 2, "1332", GuideReport.INVALID_CODE,
                        "2300 CLM05-2: report A (uniform billing claim form bill type) on an institutional claim.");
            }
        } else {
            String facility = v.component(5, 1);
            if (codes.knowsPlacesOfService() && !codes.placesOfService().contains(facility)) {
                r.element(CODE, null, p, loop, "CLM", 5, 1, "1331", GuideReport.INVALID_CODE, "2300 CLM05-1: '"
                        + facility + "' is not a CMS place of service code; report the two-digit code, e.g. 11"
                        + " (office).");
            }
            if (!"B".equals(v.component(5, 2))) {
                r.element(CODE, null, p, loop, "CLM", 5, 2, "1332", GuideReport.INVALID_CODE,
                        "2300 CLM05-2: report B (place of service codes for professional services).");
            }
        }
    }

    /** Returns whether this HI carries the principal diagnosis. */
    private boolean hi(GuideReport r, SegmentView v, int p, boolean institutional) {
        Set<String> allowed = institutional ? GuideCodes.HI_I : GuideCodes.HI_P;
        boolean principal = false;
        for (int e = 1; e <= v.size() && e <= 12; e++) {
            if (!v.present(e)) {
                continue;
            }
            String qualifier = v.component(e, 1);
            String code = v.component(e, 2);
            if (!allowed.contains(qualifier)) {
                r.element(CODE, null, p, "2300", "HI", e, 1, "1270", GuideReport.INVALID_CODE, "2300 HI"
                        + String.format("%02d", e) + "-1: '" + qualifier + "' is not a code list qualifier of the "
                        + (institutional ? "837I" : "837P") + " guide; use ABK for the principal diagnosis and ABF"
                        + " for other diagnoses (upper case).");
                continue;
            }
            boolean isPrincipal = GuideCodes.PRINCIPAL_DIAGNOSIS.contains(qualifier);
            if (isPrincipal && e > 1) {
                r.element(CODE, null, p, "2300", "HI", e, 1, "1270", GuideReport.INVALID_CODE, "2300 HI"
                        + String.format("%02d", e) + "-1: the principal diagnosis (" + qualifier + ") goes in HI01 only;"
                        + " report other diagnoses with ABF.");
            }
            principal |= isPrincipal && e == 1;
            // the shape is Icd10cmCodeShape's; only a well-shaped code is looked up
            if (GuideCodes.ICD10CM_QUALIFIERS.contains(qualifier) && GuideValues.icd10cmShape(code)) {
                if (codes.icd10cm() != null && !codes.icd10cm().billable(code)) {
                    r.element(CODE, null, p, "2300", "HI", e, 2, "1271", GuideReport.INVALID_CODE, "2300 HI"
                            + String.format("%02d", e) + "-2: '" + code + "' is "
                            + (codes.icd10cm().header(code) ? "an ICD-10-CM category, not a billable code; report"
                                    + " the complete code with all its characters"
                                    : "not in the ICD-10-CM code set loaded; check the code") + ".");
                }
            }
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
            return;
        }
        if (!certificate && !"AA".equals(transmission) && (!v.is(5, "AC") || !v.present(6))) {
            r.element(REQUIRED, line, p, loop, "PWK", 6, null, "67", GuideReport.DEPENDENT_ELEMENT_MISSING,
                    where(loop, line) + " PWK05/PWK06: an attachment sent by " + transmission + " needs PWK05 AC and"
                            + " the attachment control number in PWK06.");
        }
    }

    private String nm1(GuideReport r, SegmentView v, int p, Integer line, boolean atLine, boolean otherPayer,
            boolean institutional, String current) {
        Map<String, String> loops = atLine
                ? (institutional ? GuideCodes.LINE_PROVIDERS_I : GuideCodes.LINE_PROVIDERS_P)
                : otherPayer ? (institutional ? GuideCodes.OTHER_PAYER_I : GuideCodes.OTHER_PAYER_P)
                : (institutional ? GuideCodes.CLAIM_PROVIDERS_I : GuideCodes.CLAIM_PROVIDERS_P);
        String entity = v.element(1);
        String loop = loops.get(entity);
        if (loop == null) {
            String here = atLine ? "2420" : otherPayer ? "2330" : "2310";
            r.element(CODE, line, p, here, "NM1", 1, null, "98", GuideReport.INVALID_CODE, where(here, line)
                    + " NM101: '" + entity + "' is not an entity identifier the guide allows in the " + here
                    + " loops; use one of " + String.join(", ", new java.util.TreeSet<>(loops.keySet())) + ".");
            return here;
        }
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
        String w = "2400 line " + line;
        String qualifier = v.component(1, 1);
        if (!GuideCodes.PRODUCT_QUALIFIER_P.contains(qualifier)) {
            r.element(CODE, line, p, "2400", "SV1", 1, 1, "235", GuideReport.INVALID_CODE, w + " SV101-1: '"
                    + qualifier + "' is not a product/service id qualifier; report HC (HCPCS/CPT) in upper case"
                    + " (or ER, IV, WK).");
        } else {
            procedure(r, v, p, line, 1, "SV1", "SV101", qualifier);
        }
        if (GuideValues.negative(v.element(2))) {
            r.element(FORMAT, line, p, "2400", "SV1", 2, null, "782", GuideReport.PATTERN,
                    w + " SV102: the line charge cannot be negative.");
        }
        if (v.present(5) && codes.knowsPlacesOfService() && !codes.placesOfService().contains(v.element(5))) {
            r.element(CODE, line, p, "2400", "SV1", 5, null, "1331", GuideReport.INVALID_CODE, w + " SV105: '"
                    + v.element(5) + "' is not a CMS place of service code; report the two-digit code or leave SV105"
                    + " empty when it equals CLM05-1.");
        }
        if (!v.present(7) || v.component(7, 1).isEmpty()) {
            r.element(REQUIRED, line, p, "2400", "SV1", 7, 1, "1328", GuideReport.ELEMENT_MISSING, w
                    + " SV107: the line points at no diagnosis; report in SV107-1 the number (1-12) of the HI"
                    + " diagnosis this service treats.");
        } else {
            for (int c = 1; c <= 4; c++) {
                String pointer = v.component(7, c);
                if (!pointer.isEmpty() && !GuideCodes.POINTERS.contains(pointer)) {
                    r.element(CODE, line, p, "2400", "SV1", 7, c, "1328", GuideReport.INVALID_CODE, w + " SV107-" + c
                            + ": '" + pointer + "' is not a diagnosis pointer; report a number 1 to 12 without"
                            + " leading zeros.");
                }
            }
        }
    }

    private void sv2(GuideReport r, SegmentView v, int p, Integer line) {
        String w = "2400 line " + line;
        // SV201's shape: RevenueCodeShape
        if (v.present(2)) {
            String qualifier = v.component(2, 1);
            if (!GuideCodes.PRODUCT_QUALIFIER_I.contains(qualifier)) {
                r.element(CODE, line, p, "2400", "SV2", 2, 1, "235", GuideReport.INVALID_CODE, w + " SV202-1: '"
                        + qualifier + "' is not a product/service id qualifier; report HC (HCPCS/CPT) in upper case"
                        + " (or ER, HP, IV, WK).");
            } else {
                procedure(r, v, p, line, 2, "SV2", "SV202", qualifier);
            }
        }
        if (GuideValues.negative(v.element(3))) {
            r.element(FORMAT, line, p, "2400", "SV2", 3, null, "782", GuideReport.PATTERN,
                    w + " SV203: the line charge cannot be negative.");
        }
    }

    /** The procedure code and modifiers of an SV1-01/SV2-02 composite. */
    private void procedure(GuideReport r, SegmentView v, int p, Integer line, int element, String tag, String name,
            String qualifier) {
        String w = "2400 line " + line;
        String code = v.component(element, 2);
        if (code.isEmpty()) {
            r.element(REQUIRED, line, p, "2400", tag, element, 2, "234", GuideReport.ELEMENT_MISSING,
                    w + " " + name + "-2: report the procedure code.");
        } else if ("HC".equals(qualifier)) {
            if (hasLowerCase(code)) {
                r.element(CODE, line, p, "2400", tag, element, 2, "234", GuideReport.INVALID_CODE, w + " " + name
                        + "-2: '" + code + "' is not a code: HCPCS and CPT codes are upper case; report "
                        + code.toUpperCase(java.util.Locale.ROOT) + ".");
            } else if (code.length() != 5 || !GuideValues.upperAlnum(code)) {
                r.element(FORMAT, line, p, "2400", tag, element, 2, "234", GuideReport.PATTERN, w + " " + name
                        + "-2: '" + code + "' is not a five-character HCPCS/CPT code.");
            } else if (codes.hcpcs() != null && code.charAt(0) >= 'A' && code.charAt(0) <= 'V'
                    && !codes.hcpcs().contains(code)) {
                r.element(CODE, line, p, "2400", tag, element, 2, "234", GuideReport.INVALID_CODE, w + " " + name
                        + "-2: '" + code + "' is not in the HCPCS Level II file loaded; check the code.");
            }
        }
        for (int c = 3; c <= 6; c++) {
            String modifier = v.component(element, c);
            if (hasLowerCase(modifier)) {
                r.element(CODE, line, p, "2400", tag, element, c, "1339", GuideReport.INVALID_CODE, w + " " + name
                        + "-" + c + ": modifier '" + modifier + "' is not a code: modifiers are upper case; report "
                        + modifier.toUpperCase(java.util.Locale.ROOT) + ".");
            }
        }
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static int asInt(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}

package org.scrub837.guide;

import static org.scrub837.guide.GuideRuleIds.CODE;
import static org.scrub837.guide.GuideRuleIds.HL;
import static org.scrub837.guide.GuideRuleIds.REQUIRED;



import org.scrub837.model.ClaimType;
import org.scrub837.model.Delimiters;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * The hierarchical levels above a claim: 2000A billing provider (2010AA), 2000B subscriber (SBR,
 * 2010BA, 2010BB payer) and 2000C patient (PAT, 2010CA). A level is checked once per transaction
 * however many claims it holds (the validator remembers the last level of each kind). What remains
 * here is what spans levels (HL parents and child codes, SBR02 and the subscriber's address and DMG
 * by whether a 2000C follows) and plain messages the data does not carry yet; the NPI check digit,
 * the addresses' state and ZIP, the birth date's format and the taxonomy shape are {@link SegmentEdit}s.
 */
final class LevelChecks {

    private static final GuideCodeList BILLING_TAX_ID_P = GuideCodeList.of(GuideCodes.BILLING_TAX_ID_P);
    private static final GuideCodeList BILLING_TAX_ID_I = GuideCodeList.of(GuideCodes.BILLING_TAX_ID_I);
    private static final GuideCodeList SUBSCRIBER_ID_QUALIFIER = GuideCodeList.of(GuideCodes.SUBSCRIBER_ID_QUALIFIER);
    private static final GuideCodeList PAYER_ID_QUALIFIER = GuideCodeList.of(GuideCodes.PAYER_ID_QUALIFIER);
    private static final GuideCodeList NAME_TYPE = GuideCodeList.of(GuideCodes.NAME_TYPE);

    GuideReport billingProvider(HierarchyLevel level, ClaimType type, Delimiters d, SegmentView v) {
        GuideReport r = new GuideReport();
        boolean institutional = type == ClaimType.INSTITUTIONAL;
        Segment hl = level.segments().get(0);
        v.of(hl, d);
        if (!HierarchyLevel.BILLING_PROVIDER.equals(level.levelCode())) {
            r.element(HL, null, hl.position(), "2000A", "HL", 3, null, "735", GuideReport.INVALID_CODE,
                    "2000A HL03: the first level of the hierarchy must be the billing provider, HL03 20.");
        }
        if (v.present(2)) {
            r.element(HL, null, hl.position(), "2000A", "HL", 2, null, "734", "I10",
                    "2000A HL02: the billing provider level has no parent; leave HL02 empty.");
        }
        if (!v.is(4, "1")) {
            r.element(HL, null, hl.position(), "2000A", "HL", 4, null, "736", GuideReport.INVALID_CODE,
                    "2000A HL04: report 1: the billing provider level always has subscriber levels below it.");
        }
        if (!GuideValues.digits(level.hlId(), 1, 12)) {
            r.element(HL, null, hl.position(), "2000A", "HL", 1, null, "628", GuideReport.PATTERN,
                    "2000A HL01: number the HL segments 1, 2, 3 ... in the order they are sent.");
        }
        String loop = "2000A";
        Segment name = null;
        boolean street = false;
        boolean city = false;
        boolean taxId = false;
        for (int i = 1; i < level.segments().size(); i++) {
            Segment s = level.segments().get(i);
            int p = s.position();
            v.of(s, d);
            switch (s.tag()) {
                case "NM1" -> {
                    if (v.is(1, "85")) {
                        loop = "2010AA";
                        name = s;
                        providerName(r, v, p, loop, "billing provider", true);
                    } else if (v.is(1, "87")) {
                        loop = "2010AB";
                    } else if (v.is(1, "PE")) {
                        loop = "2010AC";
                    }
                }
                case "N3" -> street |= "2010AA".equals(loop);
                case "N4" -> city |= "2010AA".equals(loop);
                case "REF" -> {
                    if ("2010AA".equals(loop) && v.in(1, 0, institutional ? BILLING_TAX_ID_I : BILLING_TAX_ID_P)) {
                        taxId = true;
                    }
                }
                default -> { }
            }
        }
        int at = hl.position();
        if (name == null) {
            r.segment(REQUIRED, null, at, "2010AA", "NM1", GuideReport.LOOP_MISSING,
                    "2010AA NM1: the billing provider name is missing; send NM1*85 with the billing provider's name"
                            + " and NPI (NM108 XX, NM109) after the 2000A HL.");
            return r;
        }
        if (!street) {
            r.segment(REQUIRED, null, name.position(), "2010AA", "N3", GuideReport.SEGMENT_MISSING,
                    "2010AA N3: the billing provider street address is missing; send N3 with the street address"
                            + " (not a post office box) after NM1*85.");
        }
        if (!city) {
            r.segment(REQUIRED, null, name.position(), "2010AA", "N4", GuideReport.SEGMENT_MISSING,
                    "2010AA N4: the billing provider city, state and nine-digit ZIP code are missing; send N4 after N3.");
        }
        if (!taxId) {
            r.segment(REQUIRED, null, name.position(), "2010AA", "REF", GuideReport.SEGMENT_MISSING,
                    "2010AA REF: the billing provider tax identification is missing; send REF*EI*<nine-digit EIN>"
                            + (institutional ? "" : " (or REF*SY*<SSN> for an individual)") + ".");
        }
        return r;
    }

    GuideReport subscriber(HierarchyLevel level, HierarchyLevel billing, boolean hasPatient, ClaimType type,
            Delimiters d, SegmentView v) {
        GuideReport r = new GuideReport();
        boolean professional = type == ClaimType.PROFESSIONAL;
        Segment hl = level.segments().get(0);
        hierarchy(r, v, d, level, billing, "2000B", HierarchyLevel.SUBSCRIBER, hasPatient ? "1" : "0",
                "subscriber", "billing provider");
        String loop = "2000B";
        Segment sbr = null;
        Segment subscriberName = null;
        Segment payerName = null;
        boolean street = false;
        boolean city = false;
        boolean demographics = false;
        for (int i = 1; i < level.segments().size(); i++) {
            Segment s = level.segments().get(i);
            int p = s.position();
            v.of(s, d);
            switch (s.tag()) {
                case "SBR" -> {
                    sbr = s;
                    if (!hasPatient && !v.is(2, "18")) {
                        r.element(v.present(2) ? CODE : REQUIRED, null, p, loop, "SBR", 2, null, "1069",
                                v.present(2) ? GuideReport.INVALID_CODE : GuideReport.DEPENDENT_ELEMENT_MISSING,
                                "2000B SBR02: the subscriber is the patient (no 2000C patient level), so report"
                                        + " SBR02 18 (self).");
                    } else if (hasPatient && v.is(2, "18")) {
                        r.element(HL, null, p, loop, "SBR", 2, null, "1069", GuideReport.PATTERN,
                                "2000B SBR02: 18 says the subscriber is the patient, yet a 2000C patient level"
                                        + " follows; drop the 2000C level or leave SBR02 empty.");
                    }
                    if (!v.present(9)) {
                        r.element(REQUIRED, null, p, loop, "SBR", 9, null, "1032",
                                GuideReport.DEPENDENT_ELEMENT_MISSING, "2000B SBR09: report the claim filing"
                                        + " indicator, e.g. MB (Medicare Part B), CI (commercial), BL (BCBS).");
                    }
                }
                case "NM1" -> {
                    if (v.is(1, "IL")) {
                        loop = "2010BA";
                        subscriberName = s;
                        if (v.present(8) || professional) {
                            if (!v.in(8, 0, SUBSCRIBER_ID_QUALIFIER)) {
                                r.element(CODE, null, p, loop, "NM1", 8, null, "66", GuideReport.INVALID_CODE,
                                        "2010BA NM108: report MI (member identification number) or II with the"
                                                + " subscriber's id in NM109.");
                            } else if (!v.present(9)) {
                                r.element(REQUIRED, null, p, loop, "NM1", 9, null, "67", GuideReport.ELEMENT_MISSING,
                                        "2010BA NM109: report the subscriber's member id from the insurance card.");
                            }
                        }
                    } else if (v.is(1, "PR")) {
                        loop = "2010BB";
                        payerName = s;
                        if (!v.in(8, 0, PAYER_ID_QUALIFIER)) {
                            r.element(CODE, null, p, loop, "NM1", 8, null, "66", GuideReport.INVALID_CODE,
                                    "2010BB NM108: report PI (payer identification) or XV with the payer id in NM109.");
                        } else if (!v.present(9)) {
                            r.element(REQUIRED, null, p, loop, "NM1", 9, null, "67", GuideReport.ELEMENT_MISSING,
                                    "2010BB NM109: report the payer id.");
                        }
                    }
                }
                case "N3" -> street |= "2010BA".equals(loop);
                case "N4" -> city |= "2010BA".equals(loop);
                case "DMG" -> {
                    demographics |= "2010BA".equals(loop);
                    demographics(r, v, p, loop);
                }
                default -> { }
            }
        }
        int at = hl.position();
        if (sbr == null) {
            r.segment(REQUIRED, null, at, "2000B", "SBR", GuideReport.SEGMENT_MISSING,
                    "2000B SBR: the subscriber information is missing; send SBR (payer responsibility, relationship,"
                            + " claim filing indicator) after the 2000B HL.");
        }
        if (subscriberName == null) {
            r.segment(REQUIRED, null, at, "2010BA", "NM1", GuideReport.LOOP_MISSING,
                    "2010BA NM1: the subscriber name is missing; send NM1*IL with the subscriber's name and member id.");
        } else if (!hasPatient) {
            int np = subscriberName.position();
            if (!street) {
                r.segment(REQUIRED, null, np, "2010BA", "N3", GuideReport.DEPENDENT_SEGMENT_MISSING,
                        "2010BA N3: the subscriber is the patient, so send the subscriber's street address (N3).");
            }
            if (!city) {
                r.segment(REQUIRED, null, np, "2010BA", "N4", GuideReport.DEPENDENT_SEGMENT_MISSING,
                        "2010BA N4: the subscriber is the patient, so send the subscriber's city, state and ZIP (N4).");
            }
            if (!demographics) {
                r.segment(REQUIRED, null, np, "2010BA", "DMG", GuideReport.DEPENDENT_SEGMENT_MISSING,
                        "2010BA DMG: the subscriber is the patient, so send DMG*D8*<birth date CCYYMMDD>*<F, M or U>.");
            }
        }
        if (payerName == null) {
            r.segment(REQUIRED, null, at, "2010BB", "NM1", GuideReport.LOOP_MISSING,
                    "2010BB NM1: the payer name is missing; send NM1*PR*2*<payer name>*****PI*<payer id> in the"
                            + " subscriber level.");
        }
        return r;
    }

    GuideReport patient(HierarchyLevel level, HierarchyLevel subscriber, Delimiters d, SegmentView v) {
        GuideReport r = new GuideReport();
        Segment hl = level.segments().get(0);
        hierarchy(r, v, d, level, subscriber, "2000C", HierarchyLevel.PATIENT, "0", "patient", "subscriber");
        String loop = "2000C";
        boolean pat = false;
        Segment name = null;
        boolean street = false;
        boolean city = false;
        boolean demographics = false;
        for (int i = 1; i < level.segments().size(); i++) {
            Segment s = level.segments().get(i);
            int p = s.position();
            v.of(s, d);
            switch (s.tag()) {
                case "PAT" -> {
                    pat = true;
                }
                case "NM1" -> {
                    if (v.is(1, "QC")) {
                        loop = "2010CA";
                        name = s;
                        if (!v.is(2, "1")) {
                            r.element(CODE, null, p, loop, "NM1", 2, null, "1065", GuideReport.INVALID_CODE,
                                    "2010CA NM102: report 1 (person) for the patient.");
                        }
                    }
                }
                case "N3" -> street |= "2010CA".equals(loop);
                case "N4" -> city |= "2010CA".equals(loop);
                case "DMG" -> {
                    demographics |= "2010CA".equals(loop);
                    demographics(r, v, p, loop);
                }
                default -> { }
            }
        }
        int at = hl.position();
        if (!pat) {
            r.segment(REQUIRED, null, at, "2000C", "PAT", GuideReport.SEGMENT_MISSING,
                    "2000C PAT: send PAT with the patient's relationship to the subscriber (PAT01) after the 2000C HL.");
        }
        if (name == null) {
            r.segment(REQUIRED, null, at, "2010CA", "NM1", GuideReport.LOOP_MISSING,
                    "2010CA NM1: the patient name is missing; send NM1*QC*1*<last>*<first>.");
        } else {
            if (!street) {
                r.segment(REQUIRED, null, name.position(), "2010CA", "N3", GuideReport.SEGMENT_MISSING,
                        "2010CA N3: send the patient's street address (N3).");
            }
            if (!city) {
                r.segment(REQUIRED, null, name.position(), "2010CA", "N4", GuideReport.SEGMENT_MISSING,
                        "2010CA N4: send the patient's city, state and ZIP code (N4).");
            }
            if (!demographics) {
                r.segment(REQUIRED, null, name.position(), "2010CA", "DMG", GuideReport.SEGMENT_MISSING,
                        "2010CA DMG: send DMG*D8*<patient birth date CCYYMMDD>*<F, M or U>.");
            }
        }
        return r;
    }

    /** HL01 a number above its parent's, HL02 the parent's HL01, HL03 the level's code, HL04 as expected. */
    private static void hierarchy(GuideReport r, SegmentView v, Delimiters d, HierarchyLevel level,
            HierarchyLevel parent, String loop, String levelCode, String childCode, String what, String parentWhat) {
        Segment hl = level.segments().get(0);
        int p = hl.position();
        v.of(hl, d);
        if (!levelCode.equals(level.levelCode())) {
            r.element(HL, null, p, loop, "HL", 3, null, "735", GuideReport.INVALID_CODE, loop + " HL03: the "
                    + what + " level must be HL03 " + levelCode + ", not '" + level.levelCode() + "'.");
        }
        if (parent != null && !parent.hlId().equals(level.parentId())) {
            r.element(HL, null, p, loop, "HL", 2, null, "734", GuideReport.PATTERN, loop + " HL02: the " + what
                    + " level names parent '" + level.parentId() + "', but its " + parentWhat + " level is HL "
                    + parent.hlId() + "; report HL02 " + parent.hlId() + ".");
        }
        if (!GuideValues.digits(level.hlId(), 1, 12)) {
            r.element(HL, null, p, loop, "HL", 1, null, "628", GuideReport.PATTERN, loop
                    + " HL01: number the HL segments 1, 2, 3 ... in the order they are sent.");
        } else if (parent != null && GuideValues.digits(parent.hlId(), 1, 12)
                && !GuideValues.numericallyAbove(level.hlId(), parent.hlId())) {
            r.element(HL, null, p, loop, "HL", 1, null, "628", GuideReport.PATTERN, loop + " HL01: the " + what
                    + " level's id " + level.hlId() + " must be above its parent's " + parent.hlId()
                    + "; number the HL segments 1, 2, 3 ... in the order they are sent.");
        }
        if (!v.is(4, childCode)) {
            r.element(HL, null, p, loop, "HL", 4, null, "736", GuideReport.INVALID_CODE, loop + " HL04: report "
                    + childCode + ("1".equals(childCode) ? " (a patient level follows)" : " (no level below)")
                    + ", not '" + v.element(4) + "'.");
        }
    }

    static void providerName(GuideReport r, SegmentView v, int p, String loop, String who,
            boolean npiRequired) {
        if (!v.in(2, 0, NAME_TYPE)) {
            r.element(CODE, null, p, loop, "NM1", 2, null, "1065", GuideReport.INVALID_CODE,
                    loop + " NM102: report 1 (person) or 2 (organization) for the " + who + ".");
        }
        if (npiRequired && !v.is(8, "XX")) {
            r.element(REQUIRED, null, p, loop, "NM1", 8, null, "66", GuideReport.DEPENDENT_ELEMENT_MISSING, loop
                    + " NM108/NM109: report the " + who + "'s NPI: NM108 XX and the ten-digit NPI in NM109.");
        }
    }

    private static void demographics(GuideReport r, SegmentView v, int p, String loop) {
        if (!v.is(1, "D8")) {
            r.element(CODE, null, p, loop, "DMG", 1, null, "1250", GuideReport.INVALID_CODE,
                    loop + " DMG01: report D8 (date CCYYMMDD) before the birth date.");
        }
    }

}

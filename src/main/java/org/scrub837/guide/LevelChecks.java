package org.scrub837.guide;

import static org.scrub837.guide.GuideRuleIds.CODE;
import static org.scrub837.guide.GuideRuleIds.DATE;
import static org.scrub837.guide.GuideRuleIds.FORMAT;
import static org.scrub837.guide.GuideRuleIds.HL;
import static org.scrub837.guide.GuideRuleIds.REQUIRED;

import org.scrub837.model.Delimiters;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * The hierarchical levels above a claim: 2000A billing provider (2010AA), 2000B subscriber (SBR,
 * 2010BA, 2010BB payer) and 2000C patient (PAT, 2010CA). A level is checked once per transaction
 * however many claims it holds (the validator remembers the last level of each kind). What remains
 * here is what spans levels (HL parents and child codes, SBR02 and the subscriber's address and DMG
 * by whether a 2000C follows), what the data leaves situational and the project requires (the
 * 2010AA NPI, SBR09), and the address and birth date checks still to become named classes; the
 * loops, segments and codes the data holds are the walker's, and the 2010AA NPI check digit, ZIP
 * and taxonomy shape are {@link SegmentEdit}s.
 */
final class LevelChecks {

    private final GuideCodeSets codes;
    /** The state and province codes, sorted, with the country of each (searched in place). */
    private final GuideCodeList states;
    private final String[] stateCountries;

    LevelChecks(GuideCodeSets codes) {
        this.codes = codes;
        this.states = GuideCodeList.of(codes.stateCountries().keySet());
        this.stateCountries = new String[states.codes().length];
        for (int i = 0; i < stateCountries.length; i++) {
            stateCountries[i] = codes.stateCountries().get(states.codes()[i]);
        }
    }

    GuideReport billingProvider(HierarchyLevel level, Delimiters d, SegmentView v) {
        GuideReport r = new GuideReport();
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
        for (int i = 1; i < level.segments().size(); i++) {
            Segment s = level.segments().get(i);
            int p = s.position();
            v.of(s, d);
            switch (s.tag()) {
                case "NM1" -> {
                    if (v.is(1, "85")) {
                        loop = "2010AA";
                        npi(r, v, p, loop, "billing provider");
                    } else if (v.is(1, "87")) {
                        loop = "2010AB";
                    } else if (v.is(1, "PE")) {
                        loop = "2010AC";
                    }
                }
                case "N4" -> address(r, v, p, loop, "2010AA".equals(loop));
                default -> { }
            }
        }
        return r;
    }

    GuideReport subscriber(HierarchyLevel level, HierarchyLevel billing, boolean hasPatient, Delimiters d,
            SegmentView v) {
        GuideReport r = new GuideReport();
        hierarchy(r, v, d, level, billing, "2000B", HierarchyLevel.SUBSCRIBER, hasPatient ? "1" : "0",
                "subscriber", "billing provider");
        String loop = "2000B";
        Segment subscriberName = null;
        boolean street = false;
        boolean city = false;
        boolean demographics = false;
        for (int i = 1; i < level.segments().size(); i++) {
            Segment s = level.segments().get(i);
            int p = s.position();
            v.of(s, d);
            switch (s.tag()) {
                case "SBR" -> {
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
                    // the data leaves SBR09 situational ("required prior to the mandated use of the
                    // national health plan id", which is not mandated): required here
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
                    } else if (v.is(1, "PR")) {
                        loop = "2010BB";
                    }
                }
                case "N3" -> street |= "2010BA".equals(loop);
                case "N4" -> {
                    city |= "2010BA".equals(loop);
                    address(r, v, p, loop, false);
                }
                case "DMG" -> {
                    demographics |= "2010BA".equals(loop);
                    demographics(r, v, p, loop);
                }
                default -> { }
            }
        }
        if (subscriberName != null && !hasPatient) {
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
        return r;
    }

    GuideReport patient(HierarchyLevel level, HierarchyLevel subscriber, Delimiters d, SegmentView v) {
        GuideReport r = new GuideReport();
        hierarchy(r, v, d, level, subscriber, "2000C", HierarchyLevel.PATIENT, "0", "patient", "subscriber");
        String loop = "2000C";
        for (int i = 1; i < level.segments().size(); i++) {
            Segment s = level.segments().get(i);
            int p = s.position();
            v.of(s, d);
            switch (s.tag()) {
                case "NM1" -> {
                    if (v.is(1, "QC")) {
                        loop = "2010CA";
                    }
                }
                case "N4" -> address(r, v, p, loop, false);
                case "DMG" -> demographics(r, v, p, loop);
                default -> { }
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

    /**
     * NM108 XX: the data leaves the billing provider's NM108/NM109 situational (an atypical provider
     * has no NPI); the project requires the NPI (docs/validation.md, "Not checked").
     */
    private static void npi(GuideReport r, SegmentView v, int p, String loop, String who) {
        if (!v.is(8, "XX")) {
            r.element(REQUIRED, null, p, loop, "NM1", 8, null, "66", GuideReport.DEPENDENT_ELEMENT_MISSING, loop
                    + " NM108/NM109: report the " + who + "'s NPI: NM108 XX and the ten-digit NPI in NM109.");
        }
    }

    /**
     * N402 state or province, N403 ZIP code (five or nine digits), for US and Canadian addresses; the
     * 2010AA ZIP is {@link BillingProviderZipNineDigits}'.
     */
    void address(GuideReport r, SegmentView v, int p, String loop, boolean billingProvider) {
        if (v.present(4) && !v.is(4, "US") && !v.is(4, "CA")) {
            return; // a foreign address: N402/N403 follow that country's rules
        }
        String country = null;
        if (!v.present(2)) {
            r.element(REQUIRED, null, p, loop, "N4", 2, null, "156", GuideReport.DEPENDENT_ELEMENT_MISSING, loop
                    + " N402: report the two-letter state or province code of the address.");
        } else if (codes.knowsStates()) {
            v.select(2, 0);
            int known = states.indexOf(v);
            country = known < 0 ? null : stateCountries[known];
            if (country == null) {
                r.element(CODE, null, p, loop, "N4", 2, null, "156", GuideReport.INVALID_CODE, loop + " N402: '"
                        + v.element(2) + "' is not a US state or Canadian province code; report the two-letter postal"
                        + " abbreviation, e.g. IL.");
            }
        }
        if ("CA".equals(country) || billingProvider) {
            return; // a Canadian postal code; the 2010AA ZIP is BillingProviderZipNineDigits'
        }
        if (v.select(3, 0) && !v.selectedDigits(5, 5) && !v.selectedDigits(9, 9)) {
            r.element(FORMAT, null, p, loop, "N4", 3, null, "116", GuideReport.PATTERN, loop
                    + " N403: report a five- or nine-digit ZIP code without a hyphen, not '" + v.element(3) + "'.");
        }
    }

    private static void demographics(GuideReport r, SegmentView v, int p, String loop) {
        if (v.date(2) < 0) {
            r.element(DATE, null, p, loop, "DMG", 2, null, "1251", GuideReport.INVALID_DATE,
                    loop + " DMG02: report the birth date as a real CCYYMMDD date.");
        }
    }

}

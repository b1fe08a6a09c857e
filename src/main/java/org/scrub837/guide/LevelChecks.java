package org.scrub837.guide;

import static org.scrub837.guide.GuideRuleIds.CODE;
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
 * by whether a 2000C follows) and what the data leaves situational and the project requires (the
 * 2010AA NPI, SBR09); the loops, segments and codes the data holds are the walker's, and the NPI
 * check digit, the addresses' state and ZIP, the birth date's format and the taxonomy shape are
 * {@link SegmentEdit}s.
 */
final class LevelChecks {

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
        for (int i = 1; i < level.segments().size(); i++) {
            Segment s = level.segments().get(i);
            if (s.tag().equals("NM1")) {
                v.of(s, d);
                if (v.is(1, "85")) {
                    npi(r, v, s.position(), "2010AA", "billing provider");
                }
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
                case "N4" -> city |= "2010BA".equals(loop);
                case "DMG" -> demographics |= "2010BA".equals(loop);
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
}

package org.scrub837.guide;

import org.scrub837.model.ClaimType;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * Front-end edit: a Medicare claim (SBR09 MB Part B or MA Part A) carries the subscriber's Medicare
 * Beneficiary Identifier in 2010BA NM109: eleven characters, digit 1-9, letter, letter or digit,
 * digit, letter, letter or digit, digit, letter, letter, digit, digit; the letters never S, L, O, I,
 * B or Z (CMS MBI format). A health insurance claim number (HICN) or a card number with dashes is
 * rejected by Medicare's front end since 2020.
 */
final class MedicareBeneficiaryIdentifierShape implements ClaimEdit {

    /** Per position: D digit 1-9, N digit, A letter, X letter or digit. */
    private static final String MBI = "DAXNAXNAANN";

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public void check(ClaimEditInput in, GuideReport report) {
        HierarchyLevel subscriber = in.claim().subscriber();
        if (subscriber == null) {
            return;
        }
        boolean medicare = false;
        Segment name = null;
        for (Segment s : subscriber.segments()) {
            SegmentView v = in.view(s);
            if (s.tag().equals("SBR")) {
                medicare = v.is(9, "MB") || v.is(9, "MA");
            } else if (s.tag().equals("NM1") && v.is(1, "IL")) {
                name = s;
            }
        }
        if (!medicare || name == null || !in.view(name).is(8, "MI")) {
            return;
        }
        SegmentView v = in.view(name);
        if (!v.select(9, 0) || mbi(v)) {
            return;
        }
        report.element(GuideRuleIds.FORMAT, null, name.position(), "2010BA", "NM1", 9, null, "67", GuideReport.PATTERN,
                "2010BA NM109: a Medicare claim (SBR09 MB or MA) needs the subscriber's Medicare Beneficiary"
                        + " Identifier, eleven characters like 1EG4TE5MK72 (no dashes; not the old HICN).");
    }

    /** Whether the selected value is an MBI, read in place. */
    static boolean mbi(SegmentView v) {
        if (v.selectedLength() != MBI.length()) {
            return false;
        }
        for (int i = 0; i < MBI.length(); i++) {
            char c = v.selectedChar(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z' && "SLOIBZ".indexOf(c) < 0;
            boolean ok = switch (MBI.charAt(i)) {
                case 'D' -> digit && c != '0';
                case 'N' -> digit;
                case 'A' -> letter;
                default -> digit || letter;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}

package org.scrub837.guide;

import static org.scrub837.guide.GuideRuleIds.CODE;
import static org.scrub837.guide.GuideRuleIds.DATE;
import static org.scrub837.guide.GuideRuleIds.REQUIRED;

import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;
import org.scrub837.model.Transaction;

/** The transaction header: BHT, 1000A submitter, 1000B receiver. */
final class HeaderChecks {

    /** The header's findings and its BHT04 creation date (CCYYMMDD as an int, or -1). */
    record Result(GuideReport report, int created) {
    }

    private HeaderChecks() {
    }

    static Result check(Transaction tx, SegmentView v) {
        GuideReport r = new GuideReport();
        Delimiters d = tx.interchange().delimiters();
        int created = -1;
        Segment bht = null;
        Segment submitter = null;
        Segment submitterContact = null;
        Segment receiver = null;
        int last = 1;
        for (Segment s : tx.headerSegments()) {
            last = s.position();
            switch (s.tag()) {
                case "BHT" -> bht = s;
                case "NM1" -> {
                    v.of(s, d);
                    if (v.is(1, "41")) {
                        submitter = s;
                    } else if (v.is(1, "40")) {
                        receiver = s;
                    }
                }
                case "PER" -> {
                    if (submitter != null && receiver == null) {
                        submitterContact = s;
                    }
                }
                default -> { }
            }
        }
        if (bht == null) {
            r.segment(REQUIRED, null, 2, "", "BHT", GuideReport.SEGMENT_MISSING,
                    "Header BHT: the transaction has no BHT segment; send BHT*0019*00*<batch reference>*<creation date"
                            + " CCYYMMDD>*<time HHMM>*CH right after ST.");
        } else {
            v.of(bht, d);
            int p = bht.position();
            if (!v.is(1, "0019")) {
                r.element(CODE, null, p, "", "BHT", 1, null, "1005", GuideReport.INVALID_CODE,
                        "Header BHT01: report 0019 (information source, subscriber, dependent), not '" + v.element(1) + "'.");
            }
            created = GuideValues.date(v.element(4));
            if (created < 0) {
                r.element(DATE, null, p, "", "BHT", 4, null, "373", GuideReport.INVALID_DATE,
                        "Header BHT04: report the date the transaction was created as a real CCYYMMDD date.");
            }
        }
        int after = bht != null ? bht.position() + 1 : 2;
        if (submitter == null) {
            r.segment(REQUIRED, null, after, "1000A", "NM1", GuideReport.LOOP_MISSING,
                    "1000A NM1: the submitter name is missing; send NM1*41 with the submitter's name and its"
                            + " identifier (NM108 46, NM109 the id your clearinghouse assigned) after BHT.");
        } else {
            v.of(submitter, d);
            nameChecks(r, v, submitter.position(), "1000A", "submitter", GuideCodes.NAME_TYPE);
            if (submitterContact == null) {
                r.segment(REQUIRED, null, submitter.position() + 1, "1000A", "PER", GuideReport.SEGMENT_MISSING,
                        "1000A PER: the submitter contact is missing; send PER*IC*<name>*TE*<phone> after NM1*41.");
            }
        }
        if (receiver == null) {
            r.segment(REQUIRED, null, last, "1000B", "NM1", GuideReport.LOOP_MISSING,
                    "1000B NM1: the receiver name is missing; send NM1*40*2*<receiver name>*****46*<receiver id>"
                            + " before the first HL.");
        } else {
            v.of(receiver, d);
            nameChecks(r, v, receiver.position(), "1000B", "receiver", java.util.Set.of("2"));
        }
        return new Result(r, created);
    }

    private static void nameChecks(GuideReport r, SegmentView v, int p, String loop, String who,
            java.util.Set<String> types) {
        if (!types.contains(v.element(2))) {
            r.element(CODE, null, p, loop, "NM1", 2, null, "1065", GuideReport.INVALID_CODE, loop + " NM102: report "
                    + String.join(" or ", new java.util.TreeSet<>(types)) + " (1 person, 2 organization) for the "
                    + who + ", not '" + v.element(2) + "'.");
        }
        if (!v.is(8, "46")) {
            r.element(CODE, null, p, loop, "NM1", 8, null, "66", GuideReport.INVALID_CODE, loop
                    + " NM108: report 46 (electronic transmitter identification number) with the " + who
                    + "'s id in NM109.");
        } else if (!v.present(9)) {
            r.element(REQUIRED, null, p, loop, "NM1", 9, null, "67", GuideReport.ELEMENT_MISSING, loop
                    + " NM109: report the " + who + "'s identifier.");
        }
    }
}

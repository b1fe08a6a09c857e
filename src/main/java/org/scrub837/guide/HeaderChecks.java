package org.scrub837.guide;

import static org.scrub837.guide.GuideRuleIds.CODE;
import static org.scrub837.guide.GuideRuleIds.DATE;

import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;
import org.scrub837.model.Transaction;

/**
 * The transaction header's BHT: BHT04, the creation date every claim's date edits compare with, and
 * BHT01. The rest of the header (BHT, 1000A submitter with PER, 1000B receiver, their NM1 elements) is
 * the guide data's, checked by the walker.
 */
final class HeaderChecks {

    /** The header's findings and its BHT04 creation date (CCYYMMDD as an int, or -1). */
    record Result(GuideReport report, int created) {
    }

    private HeaderChecks() {
    }

    static Result check(Transaction tx, SegmentView v) {
        GuideReport r = new GuideReport();
        Delimiters d = tx.interchange().delimiters();
        Segment bht = null;
        for (Segment s : tx.headerSegments()) {
            if (s.tag().equals("BHT")) {
                bht = s;
            }
        }
        if (bht == null) {
            return new Result(r, -1); // the walker reports the missing BHT
        }
        v.of(bht, d);
        int p = bht.position();
        // BHT01 names the BHT in the data (its key): the walker reads a BHT with another BHT01 as a
        // missing BHT, so the code is reported here on the element too
        if (!v.is(1, "0019")) {
            r.element(CODE, null, p, "", "BHT", 1, null, "1005", GuideReport.INVALID_CODE,
                    "Header BHT01: report 0019 (information source, subscriber, dependent), not '" + v.element(1) + "'.");
        }
        int created = GuideValues.date(v.element(4));
        if (created < 0) {
            r.element(DATE, null, p, "", "BHT", 4, null, "373", GuideReport.INVALID_DATE,
                    "Header BHT04: report the date the transaction was created as a real CCYYMMDD date.");
        }
        return new Result(r, created);
    }
}

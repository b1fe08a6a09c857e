package org.scrub837.guide;

import java.time.LocalDate;

import org.scrub837.model.Claim;
import org.scrub837.model.DateRange;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;

/**
 * What a {@link ClaimEdit} reads: the claim with its levels, a reusable element view over a segment
 * and the transaction's creation date (BHT04).
 *
 * @param created BHT04 as CCYYMMDD, or -1 when it is not a real date
 */
record ClaimEditInput(Claim claim, SegmentView view, int created) {

    /** Points the view at a segment. */
    SegmentView view(Segment s) {
        return view.of(s.text(), claim.transaction().interchange().delimiters().element(),
                claim.transaction().interchange().delimiters().component());
    }

    /** The level the patient is described in: 2000C when sent, else the subscriber's 2000B. */
    HierarchyLevel patientLevel() {
        return claim.patient() != null ? claim.patient() : claim.subscriber();
    }

    /** The earliest date of service of the claim (lines, else claim service or statement dates), or null. */
    LocalDate earliestService() {
        LocalDate earliest = null;
        for (ServiceLine line : claim.lines()) {
            DateRange d = claim.dateOfService(line);
            if (d != null && (earliest == null || d.from().isBefore(earliest))) {
                earliest = d.from();
            }
        }
        if (earliest == null) {
            DateRange d = claim.dates().get(Claim.STATEMENT_DATES);
            earliest = d == null ? null : d.from();
        }
        return earliest;
    }

    static int asInt(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
}

package org.scrub837.guide;

import java.time.LocalDate;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;

/**
 * What a {@link ClaimEdit} reads: the claim with its levels, a reusable element view over a segment,
 * the transaction's creation date (BHT04) and the operator's setting of which 837I facility type
 * codes are inpatient bills. One per claim, shared by the claim's edits (so the earliest date of
 * service is found once).
 */
final class ClaimEditInput {

    private final Claim claim;
    private final SegmentView view;
    private final int created;
    private final Set<String> inpatientFacilityCodes;
    private boolean earliestFound;
    private LocalDate earliest;

    /**
     * @param created                BHT04 as CCYYMMDD, or -1 when it is not a real date
     * @param inpatientFacilityCodes CLM05-1 facility type codes of inpatient bills (the operator's setting)
     */
    ClaimEditInput(Claim claim, SegmentView view, int created, Set<String> inpatientFacilityCodes) {
        this.claim = claim;
        this.view = view;
        this.created = created;
        this.inpatientFacilityCodes = inpatientFacilityCodes;
    }

    Claim claim() {
        return claim;
    }

    SegmentView view() {
        return view;
    }

    /** BHT04 as CCYYMMDD, or -1 when it is not a real date. */
    int created() {
        return created;
    }

    /** Whether the claim is an 837I inpatient bill: its facility type code (CLM05-1) is one of the operator's. */
    boolean inpatient() {
        return claim.claimType() == ClaimType.INSTITUTIONAL && claim.facilityCode() != null
                && inpatientFacilityCodes.contains(claim.facilityCode());
    }

    /** Points the view at a segment. */
    SegmentView view(Segment s) {
        return view.of(s, claim.transaction().interchange().delimiters());
    }

    /** The level the patient is described in: 2000C when sent, else the subscriber's 2000B. */
    HierarchyLevel patientLevel() {
        return claim.patient() != null ? claim.patient() : claim.subscriber();
    }

    /** The earliest date of service of the claim (lines, else claim service or statement dates), or null. */
    LocalDate earliestService() {
        if (!earliestFound) {
            earliest = findEarliestService();
            earliestFound = true;
        }
        return earliest;
    }

    private LocalDate findEarliestService() {
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

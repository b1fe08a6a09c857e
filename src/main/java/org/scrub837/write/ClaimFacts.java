package org.scrub837.write;

import java.time.LocalDate;

import org.scrub837.model.Claim;
import org.scrub837.model.DateRange;
import org.scrub837.model.Payer;
import org.scrub837.model.ServiceLine;

/**
 * What a biller scans a claim by, as text: its dates of service, total charge and payer. Shared
 * by the HTML report, the text summary and {@code explain}, so that all three say the same.
 */
public final class ClaimFacts {

    /** Shown where a claim does not say (a missing CLM02, no date anywhere). */
    public static final String NOT_GIVEN = "not given";

    private ClaimFacts() {
    }

    /**
     * The claim's dates of service: its claim-level DTP*472, else its statement dates (DTP*434),
     * else the span of its lines' own dates; {@link #NOT_GIVEN} when none is known.
     */
    public static String datesOfService(Claim claim) {
        DateRange claimDates = claim.dates().get(Claim.SERVICE_DATE);
        if (claimDates == null) {
            claimDates = claim.dates().get(Claim.STATEMENT_DATES);
        }
        if (claimDates != null) {
            return claimDates.toString();
        }
        LocalDate first = null;
        LocalDate last = null;
        for (ServiceLine line : claim.lines()) {
            DateRange d = line.serviceDate();
            if (d != null) {
                first = first == null || d.from().isBefore(first) ? d.from() : first;
                last = last == null || d.to().isAfter(last) ? d.to() : last;
            }
        }
        return first == null ? NOT_GIVEN : new DateRange(first, last).toString();
    }

    /** CLM02 as sent, or {@link #NOT_GIVEN}. */
    public static String totalCharge(Claim claim) {
        String text = claim.totalChargeText();
        return text == null || text.isEmpty() ? NOT_GIVEN : text;
    }

    /** The destination payer's name and id (2010BB NM1*PR), or {@link #NOT_GIVEN}. */
    public static String payer(Claim claim) {
        Payer p = claim.payer();
        if (p == null) {
            return NOT_GIVEN;
        }
        String name = p.name() == null ? "" : p.name().trim();
        String id = p.id() == null ? "" : p.id().trim();
        if (name.isEmpty() && id.isEmpty()) {
            return NOT_GIVEN;
        }
        if (id.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? "id " + id : name + " (" + id + ")";
    }

    /** "1 claim", "2 claims": a count with its noun in the right number ({@code noun} singular, plural adds s). */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

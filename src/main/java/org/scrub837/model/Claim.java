package org.scrub837.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One 2300 claim with the levels above it and its 2400 service lines: the unit the rules judge and
 * the split writer routes.
 *
 * @param transaction      the ST/SE transaction (and through it group and interchange)
 * @param billingProvider  2000A
 * @param subscriber       2000B
 * @param patient          2000C, or null when the subscriber is the patient
 * @param payer            the destination payer (2000B SBR, 2010BB NM1*PR)
 * @param claimId          CLM01 patient control number
 * @param totalChargeText  CLM02 as sent, or null
 * @param totalCharge      CLM02 as a number, or null when missing or not a number
 * @param facilityCode     CLM05-1: place of service (837P) or facility type code (837I)
 * @param frequencyCode    CLM05-3 claim frequency type code
 * @param diagnoses        every HI composite of the claim, in order
 * @param dates            claim-level DTP dates by qualifier (434 statement, 431 onset ...), first of each
 * @param lines            service lines in order
 * @param segments         the 2300 loop and everything in it (2310-2330, 2400-2440), as sent
 * @param syntaxIssues     syntax errors found inside this claim's segments, and those found in the
 *                         levels and header above it (they make the claim unusable too)
 * @param ordinal          1 for the first claim in the file
 */
public record Claim(Transaction transaction, HierarchyLevel billingProvider, HierarchyLevel subscriber,
        HierarchyLevel patient, Payer payer, String claimId, String totalChargeText, BigDecimal totalCharge,
        String facilityCode, String frequencyCode, List<Diagnosis> diagnoses, Map<String, DateRange> dates,
        List<ServiceLine> lines, List<Segment> segments, List<SyntaxIssue> syntaxIssues, long ordinal) {

    public static final String STATEMENT_DATES = "434";
    public static final String SERVICE_DATE = "472";

    public ClaimType claimType() {
        return transaction.claimType();
    }

    /** Segment position of CLM within the transaction. */
    public int position() {
        return segments.get(0).position();
    }

    /**
     * The date of service of a line: its own DTP*472, else the claim's service date (DTP*472 at
     * claim level), else the claim's statement dates (DTP*434); null when none is known.
     */
    public DateRange dateOfService(ServiceLine line) {
        if (line.serviceDate() != null) {
            return line.serviceDate();
        }
        DateRange claimService = dates.get(SERVICE_DATE);
        return claimService != null ? claimService : dates.get(STATEMENT_DATES);
    }

    /** The type of bill of an 837I claim: facility code + frequency, e.g. 131; null on 837P. */
    public String typeOfBill() {
        if (claimType() != ClaimType.INSTITUTIONAL || facilityCode == null) {
            return null;
        }
        return facilityCode + (frequencyCode == null ? "" : frequencyCode);
    }
}

package org.scrub837.model;

import java.util.List;

/**
 * One ST/SE transaction set with its header: ST, BHT and the 1000A/1000B submitter and receiver
 * loops, everything before the first HL.
 *
 * @param transactionSetId     ST01 (837)
 * @param controlNumber        ST02
 * @param implementationConvention ST03, or GS08 when ST03 is absent
 * @param claimType            professional or institutional
 * @param headerSegments       ST and the segments before the first HL
 * @param ordinal              1 for the first transaction in its group
 */
public record Transaction(FunctionalGroup group, String transactionSetId, String controlNumber,
        String implementationConvention, ClaimType claimType, List<Segment> headerSegments, int ordinal) {

    public Interchange interchange() {
        return group.interchange();
    }
}

package org.scrub837.bench;

/**
 * One service line the generator is about to write.
 *
 * @param revenueCode  SV201 on 837I, ignored on 837P
 * @param code         HCPCS/CPT code
 * @param modifier     one modifier, or null
 * @param chargeCents  line charge
 * @param unitBasis    UN, MJ, DA
 * @param quantity     the quantity as written, or "" when left out
 * @param pointers     837P diagnosis pointers (SV107), e.g. "1:2"
 */
record PlannedLine(String revenueCode, String code, String modifier, long chargeCents, String unitBasis,
        String quantity, String pointers) {
}

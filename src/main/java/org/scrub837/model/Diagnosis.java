package org.scrub837.model;

/**
 * One code from an HI segment of the claim.
 *
 * @param qualifier code list qualifier (HI0x-1), e.g. ABK principal, ABF other diagnosis
 * @param code      the code as sent (ICD-10-CM without the dot)
 * @param position  segment position of the HI segment that carries it
 */
public record Diagnosis(String qualifier, String code, int position) {

    /** Whether this is a diagnosis that 837P line pointers (SV107) count: ABK/ABF (or ICD-9 BK/BF). */
    public boolean isPointable() {
        return "ABK".equals(qualifier) || "ABF".equals(qualifier) || "BK".equals(qualifier) || "BF".equals(qualifier);
    }
}

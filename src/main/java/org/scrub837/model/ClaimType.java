package org.scrub837.model;

/** Which 837 a transaction is, told apart by its implementation convention (GS08 / ST03). */
public enum ClaimType {
    /** 837P, 005010X222A1 (and the A2 errata id). */
    PROFESSIONAL("837P"),
    /** 837I, 005010X223A2 (and the A1/A3 errata ids). */
    INSTITUTIONAL("837I");

    private final String label;

    ClaimType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.scrub837.write;

import org.scrub837.model.Finding;

/**
 * Which 277CA claim status (STC01: category code, claim status code) a claim gets. A rejecting
 * finding carries its rule's status from rules.yaml ({@code claimStatus: A7:476}, see
 * docs/rules.md); category codes are code list 507 (A1 acknowledged, A6 rejected for missing
 * information, A7 rejected for invalid information, A8 rejected for relational field in error),
 * claim status codes code list 508.
 */
public final class ClaimStatusCodes {

    /** STC01 of an accepted claim: acknowledgment/receipt, accepted for processing. */
    public static final Status ACCEPTED = new Status("A1", "20");

    /**
     * For a rejecting finding that no configured rule made, so carries no status of its own:
     * rejected for invalid information, missing or invalid information. Every rule of rules.yaml
     * has its own (the loader requires it), so today no claim finding gets this.
     */
    public static final Status NOT_FROM_A_RULE = new Status("A7", "21");

    private ClaimStatusCodes() {
    }

    /** The status a rejecting finding gives its claim. */
    public static Status of(Finding finding) {
        String text = finding.claimStatus();
        if (text == null) {
            return NOT_FROM_A_RULE;
        }
        int colon = text.indexOf(':');
        return new Status(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * @param category  STC01-1 claim status category code
     * @param code      STC01-2 claim status code
     */
    public record Status(String category, String code) {
    }
}

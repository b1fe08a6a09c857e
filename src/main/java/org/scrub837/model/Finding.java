package org.scrub837.model;

/**
 * One thing a rule found wrong with a claim.
 *
 * @param ruleId           the rule's stable id, e.g. {@code Q4293-UNITS}
 * @param severity         reject or warn
 * @param line             LX01 of the line concerned, or null for the whole claim
 * @param segmentPosition  position of the offending segment within the transaction (ST = 1)
 * @param message          what is wrong and how to fix it; may quote codes and amounts of the claim
 * @param authority        short citation of where the rule comes from
 * @param claimStatus      the 277CA claim status (STC01 category:code, e.g. {@code A7:476}) that a
 *                         rejecting finding gives its claim, from the rule's {@code claimStatus} in
 *                         rules.yaml; null for findings that no configured rule made (file findings)
 * @param ackIssue         what a 999 reports for this finding (IK3 segment or IK4 element, with its
 *                         implementation-guide code), or null when the finding is not a 999 matter
 * @param edition          the id of the installed reference edition the finding was made with (e.g.
 *                         {@code ncci-ptp-practitioner-2026q1}), or null when the rule read none
 */
public record Finding(String ruleId, Severity severity, Integer line, int segmentPosition, String message,
        String authority, String claimStatus, SyntaxIssue ackIssue, String edition) {

    /** A finding made without a reference edition. */
    public Finding(String ruleId, Severity severity, Integer line, int segmentPosition, String message,
            String authority, String claimStatus, SyntaxIssue ackIssue) {
        this(ruleId, severity, line, segmentPosition, message, authority, claimStatus, ackIssue, null);
    }

    /** A finding that is no 999 matter (business rules). */
    public Finding(String ruleId, Severity severity, Integer line, int segmentPosition, String message,
            String authority, String claimStatus) {
        this(ruleId, severity, line, segmentPosition, message, authority, claimStatus, null);
    }

    /** A finding without a 277CA claim status: file-level findings, which never reach a 277CA claim. */
    public Finding(String ruleId, Severity severity, Integer line, int segmentPosition, String message,
            String authority) {
        this(ruleId, severity, line, segmentPosition, message, authority, null);
    }

    public boolean rejects() {
        return severity == Severity.REJECT;
    }
}

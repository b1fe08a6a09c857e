package org.scrub837.rules;

/**
 * Where a rule reports what it found. The rule says what and where; rule id, severity and
 * authority are added from the rule's configuration.
 */
@FunctionalInterface
public interface FindingSink {

    /**
     * @param line             LX01 of the line concerned, or null for the whole claim
     * @param segmentPosition  position of the offending segment within the transaction (ST = 1)
     * @param message          what is wrong and how to fix it
     */
    void report(Integer line, int segmentPosition, String message);

    /**
     * A finding the 999 reports too (implementation-guide rules): {@code ack} is its IK3/IK4.
     * Sinks that do not keep it report the finding alone.
     */
    default void report(Integer line, int segmentPosition, String message, org.scrub837.model.SyntaxIssue ack) {
        report(line, segmentPosition, message);
    }

    /**
     * A finding made with an installed reference edition: {@code edition} is its id (e.g.
     * {@code ncci-ptp-practitioner-2026q1}), written beside the finding in the report so a verdict
     * can be traced to the quarter's file. Sinks that do not keep it report the finding alone.
     */
    default void report(Integer line, int segmentPosition, String message, org.scrub837.model.SyntaxIssue ack,
            String edition) {
        report(line, segmentPosition, message, ack);
    }

    /**
     * A warning whatever the rule's configured severity: the rule could not judge part of the claim
     * (no reference edition covers a date of service). Sinks that do not tell warnings apart
     * report it as any finding.
     */
    default void warn(Integer line, int segmentPosition, String message) {
        report(line, segmentPosition, message);
    }
}

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
}

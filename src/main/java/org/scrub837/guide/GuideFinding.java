package org.scrub837.guide;

import org.scrub837.model.SyntaxIssue;

/**
 * One implementation-guide problem of a claim, before the rule's configuration stamps severity and
 * authority on it.
 *
 * @param ruleId   IG-REQUIRED, IG-CODE, IG-FORMAT, IG-HL or IG-DATE
 * @param line     LX01 of the line concerned, or null
 * @param position segment position within the transaction (ST = 1)
 * @param message  what is wrong, where in the guide, and what to change
 * @param ack      what the 999 says of it (IK3 segment code or IK4 element code)
 * @param fromData found by the generic walker from the guide data, not by a named check
 */
public record GuideFinding(String ruleId, Integer line, int position, String message, SyntaxIssue ack, boolean fromData) {
}

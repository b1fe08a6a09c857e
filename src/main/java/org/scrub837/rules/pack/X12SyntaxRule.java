package org.scrub837.rules.pack;

import org.scrub837.model.Claim;
import org.scrub837.model.ServiceLine;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.rules.ClaimRule;
import org.scrub837.rules.FindingSink;
import org.scrub837.rules.RuleContext;

/**
 * A claim whose own segments, or the levels and header above it, carry syntax errors must not be
 * forwarded: each issue the reader found becomes a finding. The reader's descriptions carry no
 * claim data, only tags, positions and what was expected.
 */
public final class X12SyntaxRule implements ClaimRule {

    public static final String ID = "X12-SYNTAX";

    private final RuleContext context;

    public X12SyntaxRule(RuleContext context) {
        this.context = context;
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        if (!context.inEffect(claim)) {
            return;
        }
        for (SyntaxIssue issue : claim.syntaxIssues()) {
            int position = issue.segmentPosition() > 0 ? issue.segmentPosition() : claim.position();
            sink.report(lineAt(claim, issue.segmentPosition()), position, describe(issue)
                    + " Correct the segment as the 005010 implementation guide requires and send the claim again.");
        }
    }

    static String describe(SyntaxIssue issue) {
        StringBuilder b = new StringBuilder("X12 syntax error");
        switch (issue.scope()) {
            case INTERCHANGE -> b.append(" in the interchange envelope (ISA/IEA)");
            case GROUP -> b.append(" in the functional group envelope (GS/GE)");
            case TRANSACTION -> b.append(" in the transaction set (ST/SE)");
            default -> { }
        }
        if (issue.segmentTag() != null) {
            b.append(" in segment ").append(issue.segmentTag());
        }
        if (issue.segmentPosition() > 0) {
            b.append(" at position ").append(issue.segmentPosition());
        }
        if (issue.elementPosition() != null) {
            b.append(", element ").append(issue.elementPosition());
            if (issue.componentPosition() != null) {
                b.append('-').append(issue.componentPosition());
            }
        }
        if (issue.loopId() != null) {
            b.append(" (loop ").append(issue.loopId()).append(')');
        }
        b.append(" [code ").append(issue.code()).append("]: ").append(issue.description());
        if (!issue.description().endsWith(".")) {
            b.append('.');
        }
        return b.toString();
    }

    /** LX01 of the service line whose segments hold this position, or null when claim-level. */
    private static Integer lineAt(Claim claim, int position) {
        Integer found = null;
        for (ServiceLine line : claim.lines()) {
            if (position >= line.lxPosition()) {
                found = line.lineNumber();
            } else {
                break;
            }
        }
        return found;
    }
}

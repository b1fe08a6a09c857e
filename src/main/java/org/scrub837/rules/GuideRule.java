package org.scrub837.rules;

import org.scrub837.guide.DatedCodeChecks;
import org.scrub837.guide.GuideFinding;
import org.scrub837.guide.GuideRuleIds;
import org.scrub837.guide.GuideValidator;
import org.scrub837.model.Claim;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;

/**
 * One of the implementation-guide rules (IG-REQUIRED, IG-CODE, IG-FORMAT, IG-HL, IG-DATE): reports
 * the findings of its kind that the shared {@link GuideValidator} found in the claim, each with
 * what the 999 says of it. It lives with the rules (the guide package knows nothing of rules): the
 * guide finds, the rule reports under its configuration.
 */
public final class GuideRule implements ClaimRule, TransactionRule {

    private final String id;
    private final GuideValidator validator;
    private final RuleContext context;

    /** A rule in effect for every date of service. */
    public GuideRule(String id, GuideValidator validator) {
        this(id, validator, null);
    }

    /** @param context the rule's configuration: its effective dates are honoured like any rule's */
    public GuideRule(String id, GuideValidator validator, RuleContext context) {
        if (!GuideRuleIds.ALL.contains(id)) {
            throw new IllegalArgumentException("not an implementation-guide rule id: " + id);
        }
        this.id = id;
        this.validator = validator;
        this.context = context;
    }

    @Override
    public void check(Claim claim, FindingSink sink) {
        if (context != null && !context.inEffect(claim)) {
            return;
        }
        for (GuideFinding f : validator.findings(claim)) {
            if (f.ruleId().equals(id)) {
                sink.report(f.line(), f.position(), f.message(), f.ack());
            }
        }
        if (GuideRuleIds.CODE.equals(id) && validator.datedCodes().active()) {
            validator.datedCodes().check(claim, new DatedCodeChecks.Sink() {
                @Override
                public void report(Integer line, int segmentPosition, String message, String edition) {
                    sink.report(line, segmentPosition, message, null, edition);
                }

                @Override
                public void warn(Integer line, int segmentPosition, String message) {
                    sink.warn(line, segmentPosition, message);
                }
            });
        }
    }

    /**
     * A transaction without claims: its header's findings of this rule's kind and, for IG-REQUIRED,
     * the missing 2000A billing provider level with its subscriber and claim (the guide requires at
     * least one of each), reported where SE stands.
     */
    @Override
    public void checkEmptyTransaction(Transaction transaction, int segmentCount, FindingSink sink) {
        for (GuideFinding f : validator.headerFindings(transaction)) {
            if (f.ruleId().equals(id)) {
                sink.report(f.line(), f.position(), f.message(), f.ack());
            }
        }
        if (GuideRuleIds.REQUIRED.equals(id)) {
            int at = Math.max(segmentCount, 1);
            sink.report(null, at, "Transaction " + transaction.controlNumber() + ": it holds no claim; the guide"
                    + " requires a 2000A billing provider level, a 2000B subscriber level and at least one 2300"
                    + " claim. Send the claims in this ST-SE, or leave the empty transaction out of the file.",
                    new SyntaxIssue(SyntaxIssue.Scope.SEGMENT, "I7", "HL", at, "2000A", null, null, null,
                            "IG-REQUIRED 2000A HL"));
        }
    }
}

package org.scrub837.scrub;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.guide.GuideFinding;
import org.scrub837.guide.HierarchyNumbering;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Transaction;
import org.scrub837.rules.RuleSet;

/**
 * The guide's checks that need the claims of a transaction in order, as the file review: HL
 * numbering across claims ({@link HierarchyNumbering}), stamped by the rule set (severity, payer
 * profile), and a transaction without claims (the rule set's IG-REQUIRED).
 */
final class GuideFileReview implements FileReview {

    private final RuleSet rules;
    private final HierarchyNumbering numbering = new HierarchyNumbering();

    GuideFileReview(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public void startTransaction(Transaction transaction) {
        numbering.startTransaction();
    }

    @Override
    public ClaimResult claim(ClaimResult judged) {
        List<GuideFinding> found = numbering.claim(judged.claim());
        if (found.isEmpty()) {
            return judged;
        }
        List<Finding> added = new ArrayList<>(judged.findings());
        for (GuideFinding f : found) {
            Finding stamped = rules.stamp(judged.payerProfile(), f.ruleId(), f.line(), f.position(), f.message(),
                    f.ack());
            if (stamped != null) {
                added.add(stamped);
            }
        }
        return new ClaimResult(judged.claim(), List.copyOf(added), judged.payerProfile());
    }

    @Override
    public List<Finding> emptyTransaction(Transaction empty, int segmentCount) {
        return rules.evaluateEmptyTransaction(empty, segmentCount);
    }
}

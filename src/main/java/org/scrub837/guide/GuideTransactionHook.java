package org.scrub837.guide;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.rules.RuleSet;
import org.scrub837.scrub.FileReview;

/**
 * The guide checks that need the claims of a transaction in order: HL01 starts at 1 and every new
 * level's id is one more than the id before it in the transaction (so ids are unique, without gaps,
 * and HL02 can only name an earlier level), and a transaction without claims is rejected (IG-REQUIRED). One per file; it
 * remembers the highest HL01 of the current transaction and the last level of each kind, nothing
 * more, so memory does not grow with the file.
 */
public final class GuideTransactionHook implements FileReview {

    private final RuleSet rules;
    private long highest;
    private final HierarchyLevel[] last = new HierarchyLevel[3];
    private final Finding[][] lastFindings = new Finding[3][];

    public GuideTransactionHook(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public void startTransaction(Transaction transaction) {
        highest = 0;
        java.util.Arrays.fill(last, null);
    }

    @Override
    public ClaimResult claim(ClaimResult judged) {
        Claim claim = judged.claim();
        List<Finding> added = null;
        HierarchyLevel[] levels = {claim.billingProvider(), claim.subscriber(), claim.patient()};
        for (int slot = 0; slot < 3; slot++) {
            HierarchyLevel level = levels[slot];
            if (level == null) {
                continue;
            }
            if (!sameLevel(level, last[slot])) {
                last[slot] = level;
                lastFindings[slot] = check(level, judged.payerProfile());
            }
            Finding f = lastFindings[slot] == null ? null : lastFindings[slot][0];
            if (f != null) {
                if (added == null) {
                    added = new ArrayList<>(judged.findings());
                }
                added.add(f);
            }
        }
        return added == null ? judged : new ClaimResult(claim, List.copyOf(added), judged.payerProfile());
    }

    /**
     * Whether two level objects stand for the same HL of the transaction: same HL01 at the same
     * position. Not object identity: when the reader hands a transaction over to its validating pass,
     * that pass builds new objects for the levels the claims after the hand-over share with those
     * before it, and those levels are not new.
     */
    static boolean sameLevel(HierarchyLevel level, HierarchyLevel seen) {
        return seen != null && level.position() == seen.position() && level.hlId().equals(seen.hlId());
    }

    /** A new level: its HL01 must be a number above every HL01 before it in the transaction (1 for the first). */
    private Finding[] check(HierarchyLevel level, String profile) {
        String id = level.hlId();
        if (!GuideValues.digits(id, 1, 12)) {
            return null; // reported by the level's own checks
        }
        long value = Long.parseLong(id);
        String problem = null;
        if (highest == 0 && value != 1) {
            problem = "the first HL of the transaction is numbered " + id + "; number the HL segments 1, 2, 3 ...";
        } else if (highest > 0 && value <= highest) {
            problem = "HL01 " + id + " repeats or goes back below an earlier HL id (" + highest + "); number the"
                    + " HL segments 1, 2, 3 ... in the order they are sent, each id once.";
        } else if (highest > 0 && value != highest + 1) {
            // the guide: HL01 starts at 1 and is incremented by one for each HL segment of the transaction
            problem = "HL01 " + id + " skips ids after " + highest + "; number the HL segments 1, 2, 3 ... without"
                    + " gaps, each one more than the HL before it.";
        }
        highest = Math.max(highest, value);
        if (problem == null) {
            return null;
        }
        String loop = switch (level.levelCode()) {
            case HierarchyLevel.BILLING_PROVIDER -> "2000A";
            case HierarchyLevel.SUBSCRIBER -> "2000B";
            default -> "2000C";
        };
        int position = level.position();
        Finding f = rules.stamp(profile, GuideRuleIds.HL, null, position, loop + " HL01: " + problem,
                new SyntaxIssue(SyntaxIssue.Scope.ELEMENT, GuideReport.PATTERN, "HL", position, loop, 1, null, "628",
                        "IG-HL " + loop + " HL01"));
        return f == null ? null : new Finding[] {f};
    }

    @Override
    public List<Finding> emptyTransaction(Transaction empty, int segmentCount) {
        return rules.evaluateEmptyTransaction(empty, segmentCount);
    }
}

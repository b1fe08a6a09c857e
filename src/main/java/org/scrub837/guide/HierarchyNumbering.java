package org.scrub837.guide;

import java.util.Arrays;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.SyntaxIssue;

/**
 * HL integrity across the claims of a transaction (beyond what one claim shows): HL01 starts at 1
 * and every new level's id is one more than the id before it (so ids are unique, without gaps, and
 * HL02 can only name an earlier level). One per file, fed the claims in file order; it remembers the
 * highest HL01 of the current transaction and the last level of each kind, nothing more, so memory
 * does not grow with the file.
 *
 * <p>Levels are told apart by HL id and position, never by object identity: when the reader hands a
 * transaction over to its validating pass, that pass builds new objects for levels the claims after
 * the hand-over share with those before it, and those levels are not new.
 */
public final class HierarchyNumbering {

    private long highest;
    private final HierarchyLevel[] last = new HierarchyLevel[3];
    private final GuideFinding[] lastFinding = new GuideFinding[3];

    /** A transaction starts: numbering starts again at 1. */
    public void startTransaction() {
        highest = 0;
        Arrays.fill(last, null);
        Arrays.fill(lastFinding, null);
    }

    /** The IG-HL findings of the claim's levels (a level's finding repeated on every claim under it). */
    public List<GuideFinding> claim(Claim claim) {
        HierarchyLevel[] levels = {claim.billingProvider(), claim.subscriber(), claim.patient()};
        GuideFinding[] found = null;
        int count = 0;
        for (int slot = 0; slot < 3; slot++) {
            HierarchyLevel level = levels[slot];
            if (level == null) {
                continue;
            }
            if (!sameLevel(level, last[slot])) {
                last[slot] = level;
                lastFinding[slot] = check(level);
            }
            if (lastFinding[slot] != null) {
                if (found == null) {
                    found = new GuideFinding[3];
                }
                found[count++] = lastFinding[slot];
            }
        }
        return found == null ? List.of() : List.of(Arrays.copyOf(found, count));
    }

    static boolean sameLevel(HierarchyLevel level, HierarchyLevel seen) {
        return seen != null && level.position() == seen.position() && level.hlId().equals(seen.hlId());
    }

    /** A new level: its HL01 must be one more than the HL01 before it in the transaction (1 for the first). */
    private GuideFinding check(HierarchyLevel level) {
        String id = level.hlId();
        if (!GuideValues.digits(id, 1, 12)) {
            return null; // reported by the level's own checks
        }
        long value = 0;
        for (int i = 0; i < id.length(); i++) {
            value = value * 10 + id.charAt(i) - '0'; // up to 12 digits: Long.parseLong's value, without its checks
        }
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
        return new GuideFinding(GuideRuleIds.HL, null, position, loop + " HL01: " + problem,
                new SyntaxIssue(SyntaxIssue.Scope.ELEMENT, GuideReport.PATTERN, "HL", position, loop, 1, null, "628",
                        "IG-HL " + loop + " HL01"), false);
    }
}

package org.scrub837.read;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;
import org.scrub837.read.internal.Values;

/**
 * Compares an envelope trailer (SE, GE, IEA) with what was counted and with its header's control
 * number, giving the issues an acknowledgment reports: IK502 for SE, AK905 for GE, TA105 for IEA.
 * Reported, never fatal. Public for the parallel scrub, which checks the GE and IEA of the whole
 * file itself, exactly as the reader would.
 */
public final class TrailerChecks {

    private TrailerChecks() {
    }

    /**
     * @param present   false when the transaction ended without SE
     * @param position  SE's position in the transaction (the segments counted, ST..SE)
     */
    public static List<SyntaxIssue> transaction(boolean present, String declared, String control, int position,
            String stControl) {
        List<SyntaxIssue> issues = new ArrayList<>(2);
        if (!present) {
            issues.add(issue(Scope.TRANSACTION, EnvelopeCodes.IK502_TRAILER_MISSING, "SE", 0, null,
                    "the transaction set has no SE trailer"));
            return issues;
        }
        if (!sameCount(declared, position)) {
            issues.add(issue(Scope.TRANSACTION, EnvelopeCodes.IK502_SEGMENT_COUNT, "SE", position, 1,
                    "SE01 declares " + declared + " segments, the transaction has " + position));
        }
        if (!control.equals(stControl)) {
            issues.add(issue(Scope.TRANSACTION, EnvelopeCodes.IK502_CONTROL_NUMBER, "SE", position, 2,
                    "SE02 does not match the ST02 transaction set control number"));
        }
        return issues;
    }

    public static List<SyntaxIssue> group(boolean present, String declared, String control, int transactions,
            String gsControl) {
        List<SyntaxIssue> issues = new ArrayList<>(2);
        if (!present) {
            issues.add(issue(Scope.GROUP, EnvelopeCodes.AK905_TRAILER_MISSING, "GE", 0, null,
                    "the functional group has no GE trailer"));
            return issues;
        }
        if (!sameCount(declared, transactions)) {
            issues.add(issue(Scope.GROUP, EnvelopeCodes.AK905_TRANSACTION_COUNT, "GE", 0, 1,
                    "GE01 declares " + declared + " transaction sets, the group has " + transactions));
        }
        if (!control.equals(gsControl)) {
            issues.add(issue(Scope.GROUP, EnvelopeCodes.AK905_CONTROL_NUMBER, "GE", 0, 2,
                    "GE02 does not match the GS06 group control number"));
        }
        return issues;
    }

    public static List<SyntaxIssue> interchange(boolean present, String declared, String control, int groups,
            String isaControl) {
        List<SyntaxIssue> issues = new ArrayList<>(2);
        if (!present) {
            issues.add(issue(Scope.INTERCHANGE, EnvelopeCodes.TA105_PREMATURE_END, "IEA", 0, null,
                    "the interchange has no IEA trailer"));
            return issues;
        }
        if (!sameCount(declared, groups)) {
            issues.add(issue(Scope.INTERCHANGE, EnvelopeCodes.TA105_GROUP_COUNT, "IEA", 0, 1,
                    "IEA01 declares " + declared + " functional groups, the interchange has " + groups));
        }
        if (!control.equals(isaControl)) {
            issues.add(issue(Scope.INTERCHANGE, EnvelopeCodes.TA105_CONTROL_NUMBER, "IEA", 0, 2,
                    "IEA02 does not match the ISA13 interchange control number"));
        }
        return issues;
    }

    /** A count as sent equals the one counted; leading zeros allowed ("0042" is 42). */
    private static boolean sameCount(String declared, int counted) {
        Integer value = Values.integer(declared);
        return value != null && value == counted;
    }

    private static SyntaxIssue issue(Scope scope, String code, String tag, int position, Integer element,
            String description) {
        return new SyntaxIssue(scope, code, tag, position, null, element, null, null, description);
    }
}

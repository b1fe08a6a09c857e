package org.scrub837.scrub;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;

/** Judges one claim: what the engine needs of a rule set. */
public interface ClaimEvaluator {

    /** Version of the rules applied, stamped into every report. */
    String version();

    /** Must be safe to call from several threads at once. */
    ClaimResult evaluate(Claim claim);

    /**
     * File findings for a transaction that delivered no claim (e.g. the implementation guide's
     * required 2000A/2300 missing); rejecting ones make the file's status rejected or partial.
     */
    default java.util.List<org.scrub837.model.Finding> evaluateEmptyTransaction(
            org.scrub837.model.Transaction transaction, int segmentCount) {
        return java.util.List.of();
    }
}

package org.scrub837.scrub;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;

/** Judges one claim: what the engine needs of a rule set. */
public interface ClaimEvaluator {

    /** Version of the rules applied, stamped into every report. */
    String version();

    /** Must be safe to call from several threads at once. */
    ClaimResult evaluate(Claim claim);

    /** A fresh hook for one file's claims in order and its transactions' ends (none by default). */
    default TransactionHook transactionHook() {
        return TransactionHook.NONE;
    }
}

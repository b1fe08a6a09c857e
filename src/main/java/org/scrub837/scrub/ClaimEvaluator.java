package org.scrub837.scrub;

import java.util.function.UnaryOperator;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;

/** Judges one claim: what the engine needs of a rule set. */
public interface ClaimEvaluator {

    /** Version of the rules applied, stamped into every report. */
    String version();

    /** Must be safe to call from several threads at once. */
    ClaimResult evaluate(Claim claim);

    /**
     * A review for one file's results, applied to each in file order after {@link #evaluate} (the
     * rules that compare a claim with the earlier claims of its file, e.g. duplicates). The
     * default reviews nothing.
     */
    default UnaryOperator<ClaimResult> newFileReview() {
        return UnaryOperator.identity();
    }

    /** A fresh hook for one file's claims in order and its transactions' ends (none by default). */
    default TransactionHook transactionHook() {
        return TransactionHook.NONE;
    }
}

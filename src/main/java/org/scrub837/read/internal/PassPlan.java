package org.scrub837.read.internal;

/**
 * Which transactions one pass over a file reads fast ({@link FastReading}) and which StAEDI
 * validates ({@link ValidatedReading}). A file is first read all fast; at a doubt it is read again,
 * fast up to the transaction in doubt and validated from there on; a doubt in that pass (a safety
 * net only) makes a third pass that validates everything.
 */
final class PassPlan {

    /** Transactions counted from 1; those started before this one are read fast. */
    private final int firstValidated;

    private PassPlan(int firstValidated) {
        this.firstValidated = firstValidated;
    }

    /** The first pass: everything fast. */
    static PassPlan fast() {
        return new PassPlan(Integer.MAX_VALUE);
    }

    /** Everything validated: a stream that cannot be read twice, or the safety net. */
    static PassPlan validating() {
        return new PassPlan(0);
    }

    /** The plan after a doubt that arose in transaction {@code transaction} (0: before the first ST). */
    PassPlan afterDoubt(int transaction) {
        if (!validatesAny()) {
            return new PassPlan(transaction);
        }
        if (readsAnyFast()) {
            return validating();
        }
        throw new IllegalStateException("a pass that validates everything doubted a segment");
    }

    /** Whether the file is read fast where {@code transactionsStarted} transactions have started. */
    boolean fastAt(int transactionsStarted) {
        return transactionsStarted < firstValidated;
    }

    /** Whether some part of the file is read fast. */
    boolean readsAnyFast() {
        return firstValidated > 0;
    }

    /** Whether some transaction is validated by StAEDI. */
    boolean validatesAny() {
        return firstValidated != Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return !validatesAny() ? "fast" : !readsAnyFast() ? "validating" : "fast up to transaction " + firstValidated;
    }
}

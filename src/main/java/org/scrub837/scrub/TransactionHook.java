package org.scrub837.scrub;

import java.util.List;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Transaction;

/**
 * What the pipeline lets see the claims of a file in order and the end of each transaction: checks
 * no single claim can make (a transaction without claims; HL ids across a transaction). One per
 * file, called on one thread in file order (both by the sequential and the parallel scrub).
 */
public interface TransactionHook {

    TransactionHook NONE = new TransactionHook() {
        @Override
        public void startTransaction(Transaction transaction) {
        }

        @Override
        public ClaimResult claim(ClaimResult judged) {
            return judged;
        }

        @Override
        public List<Finding> emptyTransaction(Transaction transaction, int segmentCount) {
            return List.of();
        }
    };

    /** A transaction starts: what the hook remembers of the previous one is dropped. */
    void startTransaction(Transaction transaction);

    /** The judged claim, with findings added where its place in the file breaks a rule. */
    ClaimResult claim(ClaimResult judged);

    /**
     * File findings for a transaction that delivered no claim; rejecting ones make the file's status
     * rejected (or partial) and their 999 issues join the transaction's.
     *
     * @param segmentCount segments of the transaction, ST to SE
     */
    List<Finding> emptyTransaction(Transaction transaction, int segmentCount);
}

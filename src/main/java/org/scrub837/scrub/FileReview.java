package org.scrub837.scrub;

import java.util.List;
import java.util.function.UnaryOperator;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Transaction;

/**
 * Sees the judged claims of one file in file order and the end of each transaction: the rules no
 * single claim can judge (a claim repeating an earlier one of the file, HL ids across a
 * transaction, a transaction without claims). One per file, called on one thread in file order by
 * every plan (sequential, pipelined, per transaction), so the outputs do not depend on the plan.
 */
public interface FileReview {

    FileReview NONE = new FileReview() {
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

    /** A transaction starts: what the review remembers of the previous one is dropped. */
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

    /** This review, then {@code next} on each claim it passes on. */
    default FileReview andThen(UnaryOperator<ClaimResult> next) {
        FileReview first = this;
        return new FileReview() {
            @Override
            public void startTransaction(Transaction transaction) {
                first.startTransaction(transaction);
            }

            @Override
            public ClaimResult claim(ClaimResult judged) {
                return next.apply(first.claim(judged));
            }

            @Override
            public List<Finding> emptyTransaction(Transaction transaction, int segmentCount) {
                return first.emptyTransaction(transaction, segmentCount);
            }
        };
    }
}

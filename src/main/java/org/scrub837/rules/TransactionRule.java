package org.scrub837.rules;

import org.scrub837.model.Transaction;

/**
 * A rule that also judges a transaction that delivered no claim (which no claim rule ever sees):
 * its findings are file findings, stamped like claim findings with the rule's default-profile
 * severity and authority.
 */
public interface TransactionRule {

    /** @param segmentCount segments in the transaction, ST to SE (SE's position) */
    void checkEmptyTransaction(Transaction transaction, int segmentCount, FindingSink sink);
}

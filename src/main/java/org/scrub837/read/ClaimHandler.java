package org.scrub837.read;

import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;

/**
 * Receives what a {@link ClaimReader} streams out of an 837, in file order. Only one claim is
 * alive at a time; a handler that keeps claims keeps the memory they take.
 */
public interface ClaimHandler {

    default void startInterchange(Interchange interchange) {
    }

    default void startGroup(FunctionalGroup group) {
    }

    default void startTransaction(Transaction transaction) {
    }

    /** One complete 2300 claim with its 2400 lines. */
    void claim(Claim claim);

    default void endTransaction(Transaction transaction, EnvelopeEnd end) {
    }

    default void endGroup(FunctionalGroup group, EnvelopeEnd end) {
    }

    default void endInterchange(Interchange interchange, EnvelopeEnd end) {
    }
}

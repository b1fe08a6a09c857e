package org.scrub837.model;

/**
 * The events of one 837 in file order: envelopes opening and closing around claims. The reader
 * hands out claims ({@code read.ClaimHandler}), the rules turn them into judged claims, and every
 * output takes those ({@code write.ResultWriter}); the same shape all along, so that anything that
 * forwards events (a hand-off to another thread, a fan-out to several writers) is written once.
 *
 * @param <C> what a claim event carries: the claim read, or the claim judged
 * @param <X> what a listener may throw: RuntimeException for the reader's handlers, IOException for writers
 */
public interface EnvelopeListener<C, X extends Exception> {

    default void startInterchange(Interchange interchange) throws X {
    }

    default void startGroup(FunctionalGroup group) throws X {
    }

    default void startTransaction(Transaction transaction) throws X {
    }

    /** One complete 2300 claim with its 2400 lines (judged, for writers). */
    void claim(C claim) throws X;

    default void endTransaction(Transaction transaction, EnvelopeEnd end) throws X {
    }

    default void endGroup(FunctionalGroup group, EnvelopeEnd end) throws X {
    }

    default void endInterchange(Interchange interchange, EnvelopeEnd end) throws X {
    }
}

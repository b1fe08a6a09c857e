package org.scrub837.scrub;

import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;

/**
 * Hands the reader's events to a second thread, which passes them to the target handler in the
 * same order: the reader parses while the rules judge and the writers write, so one file uses two
 * cores. Memory stays flat ({@link SerialHandOff}). A failure of the target is rethrown on the
 * reader's thread at its next hand-off, as the same exception.
 *
 * <p>Used by one reader thread; {@link #finish()} must be called once the reader returns or fails.
 */
final class HandOffClaimHandler implements ClaimHandler {

    static final int BATCH = SerialHandOff.BATCH;
    static final int QUEUED_BATCHES = SerialHandOff.QUEUED_BATCHES;

    private final SerialHandOff<ClaimHandler> handOff;

    HandOffClaimHandler(ClaimHandler target, String threadName) {
        this.handOff = new SerialHandOff<>(target, threadName);
    }

    private void add(SerialHandOff.Call<ClaimHandler> event) {
        rethrowFailure();
        handOff.add(event);
    }

    /**
     * Delivers what is still batched, waits until the target has handled every event, and rethrows
     * the target's failure if it had one. Idempotent.
     */
    void finish() {
        handOff.stop(null);
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable t = handOff.failure();
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        if (t != null) {
            throw new IllegalStateException("the scrub's second thread failed", t);
        }
    }

    @Override
    public void startInterchange(Interchange interchange) {
        add(h -> h.startInterchange(interchange));
    }

    @Override
    public void startGroup(FunctionalGroup group) {
        add(h -> h.startGroup(group));
    }

    @Override
    public void startTransaction(Transaction transaction) {
        add(h -> h.startTransaction(transaction));
    }

    @Override
    public void claim(Claim claim) {
        add(h -> h.claim(claim));
    }

    @Override
    public void endTransaction(Transaction transaction, EnvelopeEnd end) {
        add(h -> h.endTransaction(transaction, end));
    }

    @Override
    public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
        add(h -> h.endGroup(group, end));
    }

    @Override
    public void endInterchange(Interchange interchange, EnvelopeEnd end) {
        add(h -> h.endInterchange(interchange, end));
    }
}

package org.scrub837.scrub;

import org.scrub837.handoff.SerialHandOff;
import org.scrub837.model.Claim;
import org.scrub837.read.ClaimHandler;

/**
 * Hands the reader's events to a second thread, which passes them to the target handler in the
 * same order: the reader parses while the rules judge and the writers write, so one file uses two
 * cores. Memory stays flat ({@link SerialHandOff}). A failure of the target is rethrown on the
 * reader's thread at its next hand-off, as the same exception.
 *
 * <p>Used by one reader thread; {@link #finish()} must be called once the reader returns or fails.
 */
final class HandOffClaimHandler extends HandOffListener<Claim, RuntimeException, ClaimHandler>
        implements ClaimHandler {

    static final int BATCH = SerialHandOff.BATCH;
    static final int QUEUED_BATCHES = SerialHandOff.QUEUED_BATCHES;

    HandOffClaimHandler(ClaimHandler target, String threadName) {
        super(target, threadName);
    }

    @Override
    void add(SerialHandOff.Call<ClaimHandler> event) {
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
}

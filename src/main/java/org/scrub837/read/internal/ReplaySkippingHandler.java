package org.scrub837.read.internal;

import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;

/**
 * Passes events on to the caller's handler, counting them; in a second pass over the same file, it
 * drops as many events as the first pass delivered. The fast pass only delivers events for segments
 * it has vouched for, so those are exactly the first events of the validating pass: the caller sees
 * each event once.
 */
final class ReplaySkippingHandler implements ClaimHandler {

    private final ClaimHandler target;
    private long toSkip;
    private long delivered;

    ReplaySkippingHandler(ClaimHandler target, long toSkip) {
        this.target = target;
        this.toSkip = toSkip;
    }

    /** Events this pass has handed to the target. */
    long delivered() {
        return delivered;
    }

    private boolean pass() {
        if (toSkip > 0) {
            toSkip--;
            return false;
        }
        delivered++;
        return true;
    }

    @Override
    public void startInterchange(Interchange interchange) {
        if (pass()) {
            target.startInterchange(interchange);
        }
    }

    @Override
    public void startGroup(FunctionalGroup group) {
        if (pass()) {
            target.startGroup(group);
        }
    }

    @Override
    public void startTransaction(Transaction transaction) {
        if (pass()) {
            target.startTransaction(transaction);
        }
    }

    @Override
    public void claim(Claim claim) {
        if (pass()) {
            target.claim(claim);
        }
    }

    @Override
    public void endTransaction(Transaction transaction, EnvelopeEnd end) {
        if (pass()) {
            target.endTransaction(transaction, end);
        }
    }

    @Override
    public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
        if (pass()) {
            target.endGroup(group, end);
        }
    }

    @Override
    public void endInterchange(Interchange interchange, EnvelopeEnd end) {
        if (pass()) {
            target.endInterchange(interchange, end);
        }
    }
}

package org.scrub837.scrub;

import org.scrub837.handoff.SerialHandOff;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.EnvelopeListener;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;

/**
 * Any {@link EnvelopeListener} run on a thread of its own: each event is handed, in order, to a
 * {@link SerialHandOff} that carries it out on the target. The one place where the seven events
 * are forwarded to another thread; subclasses say only how the target's failure comes back to the
 * caller ({@link #add}), as what the listener's callers expect.
 *
 * @param <C> what a claim event carries
 * @param <X> what the listener throws
 * @param <L> the target's type (a writer's finish and close go through it too)
 */
abstract class HandOffListener<C, X extends Exception, L extends EnvelopeListener<C, X>>
        implements EnvelopeListener<C, X> {

    final SerialHandOff<L> handOff;

    HandOffListener(L target, String threadName) {
        this.handOff = new SerialHandOff<>(target, threadName);
    }

    /** Rethrows an earlier failure of the target, then queues the call. */
    abstract void add(SerialHandOff.Call<L> call) throws X;

    @Override
    public void startInterchange(Interchange interchange) throws X {
        add(l -> l.startInterchange(interchange));
    }

    @Override
    public void startGroup(FunctionalGroup group) throws X {
        add(l -> l.startGroup(group));
    }

    @Override
    public void startTransaction(Transaction transaction) throws X {
        add(l -> l.startTransaction(transaction));
    }

    @Override
    public void claim(C claim) throws X {
        add(l -> l.claim(claim));
    }

    @Override
    public void endTransaction(Transaction transaction, EnvelopeEnd end) throws X {
        add(l -> l.endTransaction(transaction, end));
    }

    @Override
    public void endGroup(FunctionalGroup group, EnvelopeEnd end) throws X {
        add(l -> l.endGroup(group, end));
    }

    @Override
    public void endInterchange(Interchange interchange, EnvelopeEnd end) throws X {
        add(l -> l.endInterchange(interchange, end));
    }
}

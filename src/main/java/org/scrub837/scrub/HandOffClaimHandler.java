package org.scrub837.scrub;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;

/**
 * Hands the reader's events to a second thread, which passes them to the target handler in the
 * same order: the reader parses while the rules judge and the writers write, so one file uses two
 * cores. Events travel in batches through a bounded queue, so at most {@code QUEUED_BATCHES x BATCH}
 * events are in flight and memory stays flat. A failure of the target is rethrown on the reader's
 * thread at its next hand-off, as the same exception.
 *
 * <p>Used by one reader thread; {@link #finish()} must be called once the reader returns or fails.
 */
final class HandOffClaimHandler implements ClaimHandler {

    static final int BATCH = 128;
    static final int QUEUED_BATCHES = 8;
    private static final List<Consumer<ClaimHandler>> END = List.of();

    private final ClaimHandler target;
    private final BlockingQueue<List<Consumer<ClaimHandler>>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread worker;
    private volatile Throwable failure;
    private List<Consumer<ClaimHandler>> batch = new ArrayList<>(BATCH);
    private boolean finished;

    HandOffClaimHandler(ClaimHandler target, String threadName) {
        this.target = target;
        this.worker = new Thread(this::work, threadName);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    private void work() {
        try {
            while (true) {
                List<Consumer<ClaimHandler>> events = queue.take();
                if (events == END) {
                    return;
                }
                if (failure == null) {
                    for (Consumer<ClaimHandler> event : events) {
                        event.accept(target);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (RuntimeException | Error e) {
            failure = e;
            // keep draining so that the reader never blocks on a full queue
            drainUntilEnd();
        }
    }

    private void drainUntilEnd() {
        try {
            while (queue.take() != END) {
                // discarded: the file fails with the target's exception
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(Consumer<ClaimHandler> event) {
        batch.add(event);
        if (batch.size() >= BATCH) {
            send(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void send(List<Consumer<ClaimHandler>> events) {
        rethrowFailure();
        try {
            while (!queue.offer(events, 100, TimeUnit.MILLISECONDS)) {
                if (!worker.isAlive()) {
                    rethrowFailure();
                    throw new IllegalStateException("the scrub's hand-off thread stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing claims to the scrub's second thread", e);
        }
    }

    /**
     * Delivers what is still batched, waits until the target has handled every event, and rethrows
     * the target's failure if it had one. Idempotent.
     */
    void finish() {
        if (finished) {
            rethrowFailure();
            return;
        }
        finished = true;
        try {
            if (!batch.isEmpty()) {
                send(batch);
            }
        } finally {
            batch = new ArrayList<>(0);
            try {
                queue.put(END);
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the scrub's second thread", e);
            }
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable t = failure;
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

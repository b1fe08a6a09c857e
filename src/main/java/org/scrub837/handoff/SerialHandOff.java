package org.scrub837.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Calls on one target, made by one thread and carried out in the same order by a thread of its
 * own: the one hand-off between threads of a scrub (the reader's parse-ahead, the rules' thread,
 * the writers' threads). Calls travel in batches through a bounded queue, so at most
 * {@code queuedBatches x batch} are in flight and memory stays flat. After a call fails, the later
 * ones are skipped; the failure is kept for the caller to rethrow (the owners of this class decide
 * as what).
 *
 * <p>Used by one calling thread; {@link #stop} must be called once, when no more calls come.
 */
public final class SerialHandOff<T> {

    /** One call on the target. */
    @FunctionalInterface
    public interface Call<T> {
        void on(T target) throws Exception;
    }

    /** The hand-off thread ended or the caller was interrupted before a batch could be handed over. */
    public static final class Stopped extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Stopped(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Calls per batch, by default. */
    public static final int BATCH = 128;
    /**
     * Batches queued at most, by default. Two are enough to keep the next thread busy; more only
     * hold more claims in flight when that thread is the slower one, and in a small heap those
     * claims outlive young collections and drive the old generation into back-to-back marking
     * cycles (8 batches: 228 concurrent cycles and 15.0 s on the 100 MB benchmark file in 64 MB;
     * 2 batches: none, 13.8 s).
     */
    public static final int QUEUED_BATCHES = 2;

    private final T target;
    private final int batchSize;
    private final BlockingQueue<List<Call<T>>> queue;
    private final Thread thread;
    private volatile Throwable failure;
    private List<Call<T>> batch;
    private boolean stopped;

    /** Starts the thread, with the default batches. */
    public SerialHandOff(T target, String threadName) {
        this(target, threadName, BATCH, QUEUED_BATCHES);
    }

    public SerialHandOff(T target, String threadName, int batchSize, int queuedBatches) {
        this.target = target;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(queuedBatches);
        this.batch = new ArrayList<>(batchSize);
        this.thread = new Thread(this::work, threadName);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void work() {
        try {
            while (true) {
                for (Call<T> call : queue.take()) {
                    if (call == null) {
                        return; // the stop marker
                    }
                    if (failure == null) {
                        try {
                            call.on(target);
                        } catch (Exception | Error e) {
                            failure = e;
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
    }

    /** The first call's failure, or null. */
    public Throwable failure() {
        return failure;
    }

    public boolean stopped() {
        return stopped;
    }

    /** Queues a call; hands over a full batch. */
    public void add(Call<T> call) {
        batch.add(call);
        if (batch.size() >= batchSize) {
            List<Call<T>> full = batch;
            batch = new ArrayList<>(batchSize);
            send(full);
        }
    }

    /**
     * Queues {@code last} (may be null) as the final call, hands over what is queued and waits
     * until the thread has carried it out (or skipped it after a failure) and ended.
     */
    public void stop(Call<T> last) {
        if (stopped) {
            return;
        }
        stopped = true;
        if (last != null) {
            batch.add(last);
        }
        batch.add(null);
        List<Call<T>> rest = batch;
        batch = new ArrayList<>(0);
        send(rest);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped("interrupted while waiting for thread " + thread.getName(), e);
        }
    }

    private void send(List<Call<T>> calls) {
        try {
            while (!queue.offer(calls, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    throw new Stopped("thread " + thread.getName() + " stopped", failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped("interrupted while handing calls to thread " + thread.getName(), e);
        }
    }
}

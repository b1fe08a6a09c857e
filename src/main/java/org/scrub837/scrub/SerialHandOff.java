package org.scrub837.scrub;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Calls on one target, made by one thread and carried out in the same order by a thread of its
 * own. Calls travel in batches through a bounded queue, so at most {@code QUEUED_BATCHES x BATCH}
 * are in flight and memory stays flat. After a call fails, the later ones are skipped; the failure
 * is kept for the caller to rethrow (the owners of this class decide as what).
 *
 * <p>Used by one calling thread; {@link #stop} must be called once, when no more calls come.
 */
final class SerialHandOff<T> {

    /** One call on the target. */
    @FunctionalInterface
    interface Call<T> {
        void on(T target) throws Exception;
    }

    /** The hand-off thread ended or the caller was interrupted before a batch could be handed over. */
    static final class Stopped extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Stopped(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final int BATCH = 128;
    static final int QUEUED_BATCHES = 8;

    private final T target;
    private final BlockingQueue<List<Call<T>>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private volatile Throwable failure;
    private List<Call<T>> batch = new ArrayList<>(BATCH);
    private boolean stopped;

    SerialHandOff(T target, String threadName) {
        this.target = target;
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
    Throwable failure() {
        return failure;
    }

    boolean stopped() {
        return stopped;
    }

    /** Queues a call; hands over a full batch. */
    void add(Call<T> call) {
        batch.add(call);
        if (batch.size() >= BATCH) {
            List<Call<T>> full = batch;
            batch = new ArrayList<>(BATCH);
            send(full);
        }
    }

    /**
     * Queues {@code last} (may be null) as the final call, hands over what is queued and waits
     * until the thread has carried it out (or skipped it after a failure) and ended.
     */
    void stop(Call<T> last) {
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

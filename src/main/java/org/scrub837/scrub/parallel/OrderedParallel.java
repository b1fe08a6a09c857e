package org.scrub837.scrub.parallel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one task per input on a few threads and hands the results to a consumer in input order,
 * with at most {@code maxInFlight} tasks started but not yet consumed, so that the results waiting
 * for their turn stay bounded. Used to scrub the transactions of one file in parallel and put their
 * outputs back in file order.
 */
public final class OrderedParallel {

    /** Work for one input. */
    @FunctionalInterface
    public interface Work<I, R> {
        R run(I input) throws Exception;
    }

    /** Takes the results, in input order, on the calling thread. */
    @FunctionalInterface
    public interface InOrder<R> {
        void accept(R result) throws Exception;
    }

    private OrderedParallel() {
    }

    /**
     * @throws Exception the first failure of a task or of the consumer, after the other tasks were cancelled
     */
    public static <I, R> void run(List<I> inputs, int threads, int maxInFlight, Work<I, R> work,
            InOrder<R> consumer) throws Exception {
        if (threads < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("threads and maxInFlight must be at least 1");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "scrub-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        Iterator<I> next = inputs.iterator();
        try {
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (next.hasNext() && inFlight.size() < maxInFlight) {
                    I input = next.next();
                    Callable<R> task = () -> work.run(input);
                    inFlight.add(pool.submit(task));
                }
                R result;
                try {
                    result = inFlight.removeFirst().get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception ex) {
                        throw ex;
                    }
                    throw e;
                }
                consumer.accept(result);
            }
        } finally {
            for (Future<R> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}

package org.scrub837.scrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.write.ResultWriter;

/**
 * Runs one writer on a thread of its own: its calls are queued in order (in batches, through a
 * bounded queue: memory stays flat) and {@link #finish} and {@link #close} wait until the writer has
 * done them, so the order in which outputs are finished (the clean 837 last) is kept. With every
 * report on, the writers together cost more than the rest of the scrub; each on its own thread,
 * they share the cores instead of queueing behind each other. A writer's failure is rethrown, as
 * the same IOException, by the next call made to it.
 */
final class ThreadedResultWriter implements ResultWriter {

    /** One call to the writer. */
    @FunctionalInterface
    private interface Call {
        void on(ResultWriter writer) throws IOException;
    }

    private static final int BATCH = 128;
    private static final int QUEUED_BATCHES = 8;

    private final ResultWriter writer;
    private final BlockingQueue<List<Call>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private volatile IOException failure;
    private volatile RuntimeException crash;
    private List<Call> batch = new ArrayList<>(BATCH);
    private boolean stopped;

    ThreadedResultWriter(ResultWriter writer) {
        this.writer = writer;
        this.thread = new Thread(this::work, "scrub837-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void work() {
        try {
            while (true) {
                List<Call> calls = queue.take();
                for (Call call : calls) {
                    if (call == null) {
                        return; // the stop marker
                    }
                    if (failure == null && crash == null) {
                        try {
                            call.on(writer);
                        } catch (IOException e) {
                            failure = e;
                        } catch (UncheckedIOException e) {
                            failure = e.getCause();
                        } catch (RuntimeException e) {
                            crash = e;
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(Call call) throws IOException {
        rethrow();
        batch.add(call);
        if (batch.size() >= BATCH) {
            send();
        }
    }

    private void send() throws IOException {
        List<Call> full = batch;
        batch = new ArrayList<>(BATCH);
        try {
            while (!queue.offer(full, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    throw new IOException(writer.target().getFileName() + ": its writer thread stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(writer.target().getFileName() + ": interrupted while writing", e);
        }
    }

    /**
     * Queues the call as the last one, then waits until the writer has done everything queued and
     * its thread has ended.
     */
    private void callAndWait(Call call) throws IOException {
        batch.add(call);
        batch.add(null);
        stopped = true;
        send();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(writer.target().getFileName() + ": interrupted while finishing", e);
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (crash != null) {
            throw crash;
        }
    }

    @Override
    public Path target() {
        return writer.target();
    }

    @Override
    public void startInterchange(Interchange interchange) throws IOException {
        add(w -> w.startInterchange(interchange));
    }

    @Override
    public void startGroup(FunctionalGroup group) throws IOException {
        add(w -> w.startGroup(group));
    }

    @Override
    public void startTransaction(Transaction transaction) throws IOException {
        add(w -> w.startTransaction(transaction));
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        add(w -> w.claim(result));
    }

    @Override
    public void endTransaction(Transaction transaction, EnvelopeEnd end) throws IOException {
        add(w -> w.endTransaction(transaction, end));
    }

    @Override
    public void endGroup(FunctionalGroup group, EnvelopeEnd end) throws IOException {
        add(w -> w.endGroup(group, end));
    }

    @Override
    public void endInterchange(Interchange interchange, EnvelopeEnd end) throws IOException {
        add(w -> w.endInterchange(interchange, end));
    }

    /** Finishes the writer on its thread and waits; the thread ends. */
    @Override
    public void finish(FileOutcome outcome) throws IOException {
        if (stopped) {
            throw new IllegalStateException(writer.target().getFileName() + ": already finished or closed");
        }
        callAndWait(w -> w.finish(outcome));
    }

    /**
     * Discards what the writer did not finish and waits. Once the thread has ended (after finish,
     * or a failure), the writer is closed on the calling thread: closing must happen whatever
     * failed before, so that no temporary file is left.
     */
    @Override
    public void close() throws IOException {
        if (stopped) {
            writer.close();
            return;
        }
        try {
            callAndWait(w -> { });
        } finally {
            writer.close();
        }
    }
}

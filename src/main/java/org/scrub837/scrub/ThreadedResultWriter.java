package org.scrub837.scrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.write.ResultWriter;

/**
 * Runs one writer on a thread of its own ({@link SerialHandOff}): its calls are carried out in
 * order, and {@link #finish} and {@link #close} wait until the writer has done them, so the order in
 * which outputs are finished (the clean 837 last) is kept. With every report on, the reports cost
 * more than the rest of the scrub; each on its own thread, they share the cores instead of
 * queueing behind each other. A writer's failure is rethrown, as the same IOException, by the next
 * call made to it.
 */
final class ThreadedResultWriter implements ResultWriter {

    private final ResultWriter writer;
    private final SerialHandOff<ResultWriter> handOff;

    ThreadedResultWriter(ResultWriter writer) {
        this.writer = writer;
        this.handOff = new SerialHandOff<>(writer, "scrub837-writer");
    }

    private void add(SerialHandOff.Call<ResultWriter> call) throws IOException {
        rethrow();
        try {
            handOff.add(call);
        } catch (SerialHandOff.Stopped e) {
            throw new IOException(writer.target().getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Queues the call as the last one and waits until the writer's thread has done all and ended. */
    private void stop(SerialHandOff.Call<ResultWriter> last) throws IOException {
        try {
            handOff.stop(last);
        } catch (SerialHandOff.Stopped e) {
            throw new IOException(writer.target().getFileName() + ": " + e.getMessage(), e);
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        Throwable t = handOff.failure();
        if (t == null) {
            return;
        }
        if (t instanceof IOException) {
            throw (IOException) t;
        }
        if (t instanceof UncheckedIOException) {
            throw ((UncheckedIOException) t).getCause();
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new IOException(writer.target().getFileName() + ": its writer thread failed", t);
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
        if (handOff.stopped()) {
            throw new IllegalStateException(writer.target().getFileName() + ": already finished or closed");
        }
        stop(w -> w.finish(outcome));
    }

    /**
     * Discards what the writer did not finish and waits. Once the thread has ended (after finish,
     * or a failure), the writer is closed on the calling thread: closing must happen whatever
     * failed before, so that no temporary file is left.
     */
    @Override
    public void close() throws IOException {
        if (handOff.stopped()) {
            writer.close();
            return;
        }
        try {
            stop(null);
        } finally {
            writer.close();
        }
    }
}

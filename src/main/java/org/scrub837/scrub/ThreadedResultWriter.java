package org.scrub837.scrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.scrub837.handoff.SerialHandOff;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.write.ResultWriter;

/**
 * Runs one writer on a thread of its own ({@link SerialHandOff}): its calls are carried out in
 * order, and {@link #finish} and {@link #close} wait until the writer has done them, so the order in
 * which outputs are finished (the clean 837 last) is kept. With every report on, the reports cost
 * more than the rest of the scrub; each on its own thread, they share the cores instead of
 * queueing behind each other. A writer's failure is rethrown, as the same IOException, by the next
 * call made to it.
 */
final class ThreadedResultWriter extends HandOffListener<ClaimResult, IOException, ResultWriter>
        implements ResultWriter {

    private final ResultWriter writer;

    ThreadedResultWriter(ResultWriter writer) {
        super(writer, "scrub837-writer");
        this.writer = writer;
    }

    @Override
    void add(SerialHandOff.Call<ResultWriter> call) throws IOException {
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

package org.scrub837.scrub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.FileOutcome;
import org.scrub837.scrub.parallel.OrderedParallel;

/**
 * Scrubs a list of files, several small ones at a time, and hands each file's outcome back in
 * list order. A small file costs little CPU but a file creation and a rename for each of its six
 * outputs, during which its thread mostly waits on the file system;
 * scrubbing a few at once overlaps those waits, and uses a second core. Outputs are the same as
 * one file after another, because each file's outputs are its own.
 *
 * <p>A file large enough for the per-transaction parallel scrub (see {@link ParallelScrubPolicy})
 * is scrubbed alone, once the files before it are done, so that the two kinds of parallelism never
 * multiply. A file that cannot be read gets its failure reports ({@link ScrubEngine#writeFailure})
 * as it would one at a time.
 */
public final class FileBatch {

    /** One input and the base name of its outputs. */
    public record Job(Path input, String base) {
    }

    /**
     * What became of one job: its outcome, and the read error when the input could not be read (the
     * outcome is then the failure {@link ScrubEngine#writeFailure} wrote), else null.
     */
    public record Done(Job job, FileOutcome outcome, IOException readError) {
    }

    /** Takes each job's result, in list order, on the calling thread. */
    @FunctionalInterface
    public interface InOrder {
        void accept(Done done) throws IOException;
    }

    private final ScrubEngine engine;
    private final FileScrubber scrubber;
    private final OutputFactory outputs;
    private final int filesAtOnce;

    /**
     * @param filesAtOnce  small files scrubbed at once; 1 scrubs one file after another on the
     *                     calling thread
     */
    public FileBatch(ScrubEngine engine, FileScrubber scrubber, OutputFactory outputs, int filesAtOnce) {
        if (filesAtOnce < 1) {
            throw new IllegalArgumentException("filesAtOnce must be at least 1: " + filesAtOnce);
        }
        this.engine = engine;
        this.scrubber = scrubber;
        this.outputs = outputs;
        this.filesAtOnce = filesAtOnce;
    }

    /**
     * Scrubs every job and gives {@code inOrder} its result, in list order. An I/O error that is not
     * the input's (an output folder that cannot be written) ends the run, after the results of the
     * jobs before it were handed on.
     */
    public void run(List<Job> jobs, InOrder inOrder) throws IOException {
        if (filesAtOnce == 1) {
            for (Job job : jobs) {
                inOrder.accept(scrub(job));
            }
            return;
        }
        List<Job> small = new ArrayList<>();
        for (Job job : jobs) {
            if (scrubbedAlone(job.input())) {
                scrubTogether(small, inOrder);
                small.clear();
                inOrder.accept(scrub(job));
            } else {
                small.add(job);
            }
        }
        scrubTogether(small, inOrder);
    }

    /** Whether the file is large enough for the per-transaction parallel scrub, which has the threads to itself. */
    private boolean scrubbedAlone(Path input) {
        try {
            return engine.policy().scrubbedAlone(Files.size(input));
        } catch (IOException e) {
            return false; // the scrub meets the same error and reports it
        }
    }

    private void scrubTogether(List<Job> jobs, InOrder inOrder) throws IOException {
        if (jobs.isEmpty()) {
            return;
        }
        if (jobs.size() == 1) {
            inOrder.accept(scrub(jobs.get(0)));
            return;
        }
        try {
            OrderedParallel.run(jobs, Math.min(filesAtOnce, jobs.size()), 2 * filesAtOnce, this::scrub,
                    inOrder::accept);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error; // as it would escape one file at a time, e.g. OutOfMemoryError
            }
            throw new IOException("scrub of several files at once failed", e);
        }
    }

    private Done scrub(Job job) throws IOException {
        try {
            return new Done(job, scrubber.scrub(job.input(), job.base(), outputs), null);
        } catch (IOException e) {
            return new Done(job, engine.writeFailure(job.input(), job.base(), outputs, e), e);
        }
    }
}

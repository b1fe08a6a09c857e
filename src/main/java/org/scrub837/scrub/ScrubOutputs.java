package org.scrub837.scrub;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.FileOutcome;
import org.scrub837.write.ResultWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The writers of one scrub of one file: opened together, finished in a safe order, or discarded. */
final class ScrubOutputs {

    private static final Logger LOG = LoggerFactory.getLogger(ScrubOutputs.class);

    private final List<ResultWriter> claimOutputs;
    private final List<ResultWriter> reports;
    private final List<ResultWriter> all;

    private ScrubOutputs(List<ResultWriter> claimOutputs, List<ResultWriter> reports) {
        this.claimOutputs = claimOutputs;
        this.reports = reports;
        this.all = new ArrayList<>(claimOutputs);
        all.addAll(reports);
    }

    /**
     * Opens the outputs named after {@code base}. Outputs of an earlier run of the same input must
     * not survive this one (a clean 837 left from a run that accepted claims would be forwarded
     * again): what exists at the end is ours.
     */
    static ScrubOutputs open(OutputFactory outputs, String base) throws IOException {
        return open(outputs, base, false);
    }

    /**
     * @param threaded for large files: with two reports or more, each report is written on a thread of
     *                 its own ({@link ThreadedResultWriter}), since with every report on they cost more
     *                 than the rest of the scrub. The clean and rejected 837 (bytes copied) and a lone
     *                 report stay on the judging thread: a hand-over per call costs about what writing
     *                 them does (docs/benchmark.md).
     */
    static ScrubOutputs open(OutputFactory outputs, String base, boolean threaded) throws IOException {
        List<ResultWriter> claimOutputs = outputs.claimOutputs(base);
        List<ResultWriter> reports = outputs.reports(base);
        if (threaded && reports.size() > 1) {
            reports = threaded(reports);
        }
        ScrubOutputs opened = new ScrubOutputs(claimOutputs, reports);
        for (ResultWriter w : opened.all) {
            Files.deleteIfExists(w.target());
        }
        return opened;
    }

    private static List<ResultWriter> threaded(List<ResultWriter> writers) {
        List<ResultWriter> wrapped = new ArrayList<>(writers.size());
        for (ResultWriter w : writers) {
            wrapped.add(new ThreadedResultWriter(w));
        }
        return wrapped;
    }

    List<ResultWriter> all() {
        return all;
    }

    /**
     * Reports first, the clean 837 last: the clean 837 is what gets forwarded to payers, so a
     * crash part-way leaves it out (the file is scrubbed again at restart) rather than in place for
     * a forwarder to take before the rest is done.
     */
    void finish(FileOutcome outcome) throws IOException {
        List<ResultWriter> finishOrder = new ArrayList<>(reports);
        for (int i = claimOutputs.size() - 1; i >= 0; i--) {
            finishOrder.add(claimOutputs.get(i));
        }
        for (ResultWriter w : finishOrder) {
            w.finish(outcome);
        }
    }

    /** A failed file: its 837 outputs are discarded, its reports say why. */
    void finishFailed(FileOutcome outcome) throws IOException {
        closeQuietly(claimOutputs);
        for (ResultWriter w : reports) {
            w.finish(outcome);
        }
    }

    /** Discards whatever was not finished. */
    void close() {
        closeQuietly(all);
    }

    private static void closeQuietly(List<ResultWriter> writers) {
        for (ResultWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                LOG.warn("could not discard an output: {}", e.toString());
            }
        }
    }
}

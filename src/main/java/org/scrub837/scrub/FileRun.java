package org.scrub837.scrub;

import java.io.IOException;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeListener;
import org.scrub837.model.FileOutcome;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.scrub.parallel.PerTransactionScrubber;

/**
 * One attempt at writing a file's outputs: the writers opened together ({@link ScrubOutputs}), the
 * fan-out that feeds them and counts ({@link ResultFanout}), and the two ways it ends: processed
 * (every output in place) or failed (837 outputs discarded, reports saying why).
 */
final class FileRun implements PerTransactionScrubber.Run {

    private final ScrubOutputs outputs;
    private final ResultFanout fanout;
    private final ScrubProgress.File progress;
    private final String base;
    private final String fileName;
    private final String ruleSetVersion;

    private FileRun(ScrubOutputs outputs, String base, String fileName, String ruleSetVersion,
            FileReview review, ScrubProgress.File progress) {
        this.outputs = outputs;
        this.progress = progress;
        this.fanout = new ResultFanout(outputs.all(), ruleSetVersion, review, progress);
        this.base = base;
        this.fileName = fileName;
        this.ruleSetVersion = ruleSetVersion;
    }

    /**
     * Opens the outputs named after {@code base}, removing those of an earlier run.
     *
     * @param evaluator the rules: their version for the reports, and a fresh review of this file's
     *                  results and transactions in file order (file-scoped rules such as duplicates,
     *                  implementation-guide checks across a transaction's claims)
     * @param threaded  each report on a thread of its own when there are two or more ({@link ScrubOutputs})
     * @param progress  told of each claim done and of the bytes the per-transaction scrub has replayed
     */
    static FileRun open(OutputFactory factory, String base, String fileName, ClaimEvaluator evaluator,
            boolean threaded, ScrubProgress.File progress) throws IOException {
        return new FileRun(ScrubOutputs.open(factory, base, threaded), base, fileName, evaluator.version(),
                evaluator.newFileReview(), progress);
    }

    @Override
    public EnvelopeListener<ClaimResult, RuntimeException> sink() {
        return fanout;
    }

    @Override
    public void replayedTo(long offset) {
        progress.bytesRead(offset);
    }

    @Override
    public FileOutcome finish() throws IOException {
        FileOutcome outcome = fanout.outcome(base, fileName);
        outputs.finish(outcome);
        return outcome;
    }

    /** The file is not valid X12: the reports say where and why. */
    FileOutcome fail(InvalidEdiException e) throws IOException {
        FileOutcome outcome = FailedOutcomes.invalidEdi(base, fileName, ruleSetVersion, e, fanout.claims());
        outputs.finishFailed(outcome);
        return outcome;
    }

    @Override
    public void close() {
        outputs.close();
    }
}

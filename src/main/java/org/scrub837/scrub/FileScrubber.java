package org.scrub837.scrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Severity;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.EdiSource;
import org.scrub837.read.InvalidEdiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scrubs one 837 file: reads it claim by claim, judges each claim and feeds every output. Either
 * the file is processed (all outputs in place) or it fails (837 outputs discarded, reports say
 * why); nothing in between. Knows nothing of Camel or of where files come from.
 */
public final class FileScrubber {

    /** Rule id of the file-level finding that says why a file failed. */
    public static final String FILE_UNREADABLE = "X12-FILE";
    /** Rule id of file-level findings about envelopes (SE/GE/IEA counts and control numbers). */
    public static final String ENVELOPE = "X12-ENVELOPE";
    /** Rule id of the file-level warning for a file without claims. */
    public static final String NO_CLAIMS = "X12-NO-CLAIMS";

    private static final Logger LOG = LoggerFactory.getLogger(FileScrubber.class);
    /** Smallest file whose rules and writers run on a second thread (see {@link #handOff(Path)}). */
    public static final long HAND_OFF_MIN_BYTES = 256 * 1024;

    private final ClaimReader reader;
    private final ClaimEvaluator evaluator;
    private final ParallelScrubPolicy parallel;
    private final ScrubProgress progress;

    /** A scrubber that reads every file on the calling thread. */
    public FileScrubber(ClaimReader reader, ClaimEvaluator evaluator) {
        this(reader, evaluator, null);
    }

    /**
     * A scrubber that scrubs the transactions of a large file on several threads when the policy
     * allows it (see {@link ParallelFileScrubber}); null scrubs every file sequentially.
     */
    public FileScrubber(ClaimReader reader, ClaimEvaluator evaluator, ParallelScrubPolicy parallel) {
        this(reader, evaluator, parallel, ScrubProgress.NONE);
    }

    private FileScrubber(ClaimReader reader, ClaimEvaluator evaluator, ParallelScrubPolicy parallel,
            ScrubProgress progress) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.parallel = parallel;
        this.progress = progress;
    }

    /** The same scrubber, telling {@code progress} how far each file has got. */
    public FileScrubber withProgress(ScrubProgress progress) {
        return new FileScrubber(reader, evaluator, parallel, progress);
    }

    /** The input's file name less its last extension: {@code claims.837} gives {@code claims}. */
    public static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public String ruleSetVersion() {
        return evaluator.version();
    }

    /** Scrubs {@code input} into outputs named after its base name. */
    public FileOutcome scrub(Path input, OutputFactory outputs) throws IOException {
        return scrub(input, baseName(input), outputs);
    }

    public FileOutcome scrub(Path input, String base, OutputFactory outputs) throws IOException {
        ScrubProgress.File p = progress.start(input);
        try {
            if (parallel != null && parallel.threads() > 1) {
                return new ParallelFileScrubber(reader, evaluator, parallel, this, p).scrub(input, base, outputs);
            }
            return scrubSequentially(input, base, outputs, p);
        } finally {
            p.finished();
        }
    }

    FileOutcome scrubSequentially(Path input, String base, OutputFactory outputs) throws IOException {
        return scrubSequentially(input, base, outputs, ScrubProgress.File.NONE);
    }

    /** Reads the whole file on the calling thread; also the fallback of the parallel scrub. */
    FileOutcome scrubSequentially(Path input, String base, OutputFactory outputs, ScrubProgress.File p)
            throws IOException {
        String fileName = input.getFileName().toString();
        long started = System.nanoTime();
        boolean large = handOff(input);
        ScrubOutputs out = ScrubOutputs.open(outputs, base, large);
        ResultFanout fanout = new ResultFanout(out.all(), evaluator.version(), p);
        FileOutcome outcome;
        try {
            ClaimHandler judge = new Evaluating(fanout);
            HandOffClaimHandler handOff = large ? new HandOffClaimHandler(judge, "scrub837-judge") : null;
            try {
                try {
                    reader.read(ScrubProgress.counted(EdiSource.of(input), p), fileName, handOff != null ? handOff : judge);
                } finally {
                    if (handOff != null) {
                        handOff.finish(); // every claim read is judged and written before the outcome
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            outcome = fanout.outcome(base, fileName);
            out.finish(outcome);
        } catch (InvalidEdiException e) {
            outcome = failed(base, fileName, e, fanout.claims());
            out.finishFailed(outcome);
        } finally {
            out.close();
        }
        logOutcome(outcome, started);
        return outcome;
    }

    /**
     * Whether rules run on a second thread while this thread reads, and each writer on a thread of
     * its own: for files of at least {@link #HAND_OFF_MIN_BYTES} on a machine with more than one
     * processor. Below that, threads per file cost more than they save.
     */
    private static boolean handOff(Path input) throws IOException {
        return Runtime.getRuntime().availableProcessors() > 1 && Files.size(input) >= HAND_OFF_MIN_BYTES;
    }

    /** The outcome of a file that is not valid X12: the finding says where and why. */
    FileOutcome failed(String base, String fileName, InvalidEdiException e, long claimsRead) {
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(FILE_UNREADABLE, Severity.REJECT, null, e.transactionSegmentPosition(),
                e.getMessage(), "ASC X12 005010 syntax"));
        return new FileOutcome(base, fileName, FileStatus.FAILED, evaluator.version(), claimsRead, 0, 0, findings);
    }

    static void logOutcome(FileOutcome outcome, long started) {
        LOG.info("scrubbed file={} status={} claims={} accepted={} rejected={} ms={}", outcome.fileName(),
                outcome.status().label(), outcome.claims(), outcome.accepted(), outcome.rejected(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Judges each claim as the reader hands it out and passes everything on in file order. */
    private final class Evaluating implements ClaimHandler {
        private final ResultFanout fanout;

        Evaluating(ResultFanout fanout) {
            this.fanout = fanout;
        }

        @Override
        public void startInterchange(Interchange interchange) {
            fanout.startInterchange(interchange);
        }

        @Override
        public void startGroup(FunctionalGroup group) {
            fanout.startGroup(group);
        }

        @Override
        public void startTransaction(Transaction transaction) {
            fanout.startTransaction(transaction);
        }

        @Override
        public void claim(Claim claim) {
            fanout.result(evaluator.evaluate(claim));
        }

        @Override
        public void endTransaction(Transaction transaction, EnvelopeEnd end) {
            fanout.endTransaction(transaction, end);
        }

        @Override
        public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
            fanout.endGroup(group, end);
        }

        @Override
        public void endInterchange(Interchange interchange, EnvelopeEnd end) {
            fanout.endInterchange(interchange, end);
        }
    }
}

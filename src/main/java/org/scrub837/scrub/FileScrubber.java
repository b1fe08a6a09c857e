package org.scrub837.scrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.EnvelopeListener;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.EdiSource;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.scrub.parallel.PerTransactionScrubber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scrubs one 837 file: reads it claim by claim, judges each claim and feeds every output. Either
 * the file is processed (all outputs in place) or it fails (837 outputs discarded, reports say
 * why); nothing in between. Knows nothing of Camel or of where files come from.
 *
 * <p>Each file gets one {@link ScrubPlan}, chosen from its size by the {@link ScrubPolicy}: read on
 * one thread, read with the rules and writers on others, or per transaction on several threads
 * ({@link PerTransactionScrubber}, which falls back to reading the file whole). The outputs are the
 * same byte for byte whatever the plan.
 */
public final class FileScrubber {

    /** Rule id of the file-level finding that says why a file failed. */
    public static final String FILE_UNREADABLE = "X12-FILE";
    /** Rule id of file-level findings about envelopes (SE/GE/IEA counts and control numbers). */
    public static final String ENVELOPE = "X12-ENVELOPE";
    /** Rule id of the file-level warning for a file without claims. */
    public static final String NO_CLAIMS = "X12-NO-CLAIMS";

    private static final Logger LOG = LoggerFactory.getLogger(FileScrubber.class);

    private final ClaimReader reader;
    private final ClaimEvaluator evaluator;
    private final ScrubPolicy policy;
    private final PerTransactionScrubber perTransaction;
    private final ScrubProgress progress;

    /** A scrubber that reads every file whole (no per-transaction scrub). */
    public FileScrubber(ClaimReader reader, ClaimEvaluator evaluator) {
        this(reader, evaluator, ScrubPolicy.oneReaderPerFile(), null);
    }

    /**
     * @param spoolParent where the per-transaction scrub spools its pieces (null: the system's
     *                    temporary folder)
     */
    public FileScrubber(ClaimReader reader, ClaimEvaluator evaluator, ScrubPolicy policy, Path spoolParent) {
        this(reader, evaluator, policy, spoolParent, pieces -> { });
    }

    FileScrubber(ClaimReader reader, ClaimEvaluator evaluator, ScrubPolicy policy, Path spoolParent,
            PerTransactionScrubber.InFlightProbe probe) {
        this(reader, evaluator, policy, new PerTransactionScrubber(reader, evaluator::evaluate,
                policy.parallelThreads(), policy.maxPiecesInFlight(), spoolParent, probe), ScrubProgress.NONE);
    }

    private FileScrubber(ClaimReader reader, ClaimEvaluator evaluator, ScrubPolicy policy,
            PerTransactionScrubber perTransaction, ScrubProgress progress) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.policy = policy;
        this.perTransaction = perTransaction;
        this.progress = progress;
    }

    /** The same scrubber, telling {@code progress} how far each file has got. */
    public FileScrubber withProgress(ScrubProgress progress) {
        return new FileScrubber(reader, evaluator, policy, perTransaction, progress);
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
        long started = System.nanoTime();
        String fileName = input.getFileName().toString();
        long size = Files.size(input);
        ScrubPlan plan = policy.planFor(size);
        ScrubProgress.File p = progress.start(input);
        FileOutcome outcome;
        try {
            outcome = plan == ScrubPlan.PER_TRANSACTION
                    ? perTransaction.scrub(input,
                            () -> FileRun.open(outputs, base, fileName, evaluator, true, p),
                            () -> readWhole(input, base, outputs, policy.oneReaderPlanFor(size), p))
                    : readWhole(input, base, outputs, plan, p);
        } finally {
            p.finished();
        }
        LOG.info("scrubbed file={} status={} claims={} accepted={} rejected={} ms={}", outcome.fileName(),
                outcome.status().label(), outcome.claims(), outcome.accepted(), outcome.rejected(),
                (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }

    /**
     * Writes the reports of a file that could not be read at all (an I/O error on the input), so
     * that it too has its report, with the same outputs as any failed file: earlier outputs of this
     * base gone, reports saying why. Returns the failed outcome.
     */
    public FileOutcome writeFailure(Path input, String base, OutputFactory outputs, IOException cause)
            throws IOException {
        FileOutcome outcome = FailedOutcomes.unreadable(base, input.getFileName().toString(), evaluator.version(),
                cause);
        ScrubOutputs out = ScrubOutputs.open(outputs, base);
        try {
            out.finishFailed(outcome);
        } finally {
            out.close();
        }
        return outcome;
    }

    /** One reader over the whole file; with {@link ScrubPlan#PIPELINED} the rules and writers on other threads. */
    private FileOutcome readWhole(Path input, String base, OutputFactory outputs, ScrubPlan plan,
            ScrubProgress.File p) throws IOException {
        String fileName = input.getFileName().toString();
        boolean pipelined = plan == ScrubPlan.PIPELINED;
        try (FileRun run = FileRun.open(outputs, base, fileName, evaluator, pipelined, p)) {
            try {
                ClaimHandler judge = new Judging(run.sink(), evaluator);
                HandOffClaimHandler handOff = pipelined ? new HandOffClaimHandler(judge, "scrub837-judge") : null;
                try {
                    reader.read(ScrubProgress.counted(EdiSource.of(input), p), fileName, handOff != null ? handOff : judge);
                } finally {
                    if (handOff != null) {
                        handOff.finish(); // every claim read is judged and written before the outcome
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (InvalidEdiException e) {
                return run.fail(e);
            }
            return run.finish();
        }
    }

    /** Judges each claim as the reader hands it out and passes everything on in file order. */
    private static final class Judging implements ClaimHandler {
        private final EnvelopeListener<ClaimResult, RuntimeException> next;
        private final ClaimEvaluator evaluator;

        Judging(EnvelopeListener<ClaimResult, RuntimeException> next,
                ClaimEvaluator evaluator) {
            this.next = next;
            this.evaluator = evaluator;
        }

        @Override
        public void startInterchange(Interchange interchange) {
            next.startInterchange(interchange);
        }

        @Override
        public void startGroup(FunctionalGroup group) {
            next.startGroup(group);
        }

        @Override
        public void startTransaction(Transaction transaction) {
            next.startTransaction(transaction);
        }

        @Override
        public void claim(Claim claim) {
            next.claim(evaluator.evaluate(claim));
        }

        @Override
        public void endTransaction(Transaction transaction, EnvelopeEnd end) {
            next.endTransaction(transaction, end);
        }

        @Override
        public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
            next.endGroup(group, end);
        }

        @Override
        public void endInterchange(Interchange interchange, EnvelopeEnd end) {
            next.endInterchange(interchange, end);
        }
    }
}

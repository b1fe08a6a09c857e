package org.scrub837.scrub;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.ClaimReaders;
import org.scrub837.read.ReaderLimits;
import org.scrub837.scrub.parallel.PieceSpoolFolder;
import org.scrub837.rules.RuleSet;
import org.scrub837.write.Ack277caWriter;
import org.scrub837.write.ArchivedOriginal;
import org.scrub837.write.AtomicFile;
import org.scrub837.write.Ack999Writer;
import org.scrub837.write.ControlNumbers;
import org.scrub837.write.HtmlReportWriter;
import org.scrub837.write.CounterControlNumbers;
import org.scrub837.write.JsonReportWriter;
import org.scrub837.write.OriginalControlNumbers;
import org.scrub837.write.ReportLimits;
import org.scrub837.write.ResultWriter;
import org.scrub837.write.Split837Writer;
import org.scrub837.write.SplitSide;
import org.scrub837.write.TextSummaryWriter;

/**
 * Everything a scrub needs, assembled once from the configuration folder: settings, reader,
 * rules, control numbers and the outputs. Shared by replay, explain and the watch folder; safe
 * for concurrent scrubs of different files.
 */
public final class ScrubEngine {

    /** Suffix of the clean 837: accepted claims only. */
    public static final String CLEAN_SUFFIX = ".clean.837";
    /** Suffix of the rejected 837: rejected claims only. */
    public static final String REJECTED_SUFFIX = ".rejected.837";
    /** The input limits file inside the configuration folder. */
    public static final String LIMITS_FILE = "limits.properties";
    /** Folder under {@code scrub.state} where the per-transaction scrub spools its pieces (claim data). */
    public static final String SPOOL_DIR = "spool";

    private final ScrubSettings settings;
    private final ClaimReader reader;
    private final RuleSet rules;
    private volatile ClaimEvaluator evaluator;
    /** Outputs added to every file's claim outputs (the claim history of org.scrub837.store). */
    private final List<java.util.function.Function<String, ResultWriter>> extraClaimOutputs =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Wrappers around every file's clean 837 writer (the record of what was forwarded, org.scrub837.responses). */
    private final List<java.util.function.UnaryOperator<ResultWriter>> cleanOutputWrappers =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ControlNumbers controlNumbers;
    private final ScrubPolicy policy;
    private final ReportLimits reportLimits;
    private final ScrubProgress progressLog;

    private ScrubEngine(ScrubSettings settings, ScrubPolicy policy, ClaimReader reader, RuleSet rules,
            ControlNumbers controlNumbers) {
        this.settings = settings;
        this.policy = policy;
        this.reader = reader;
        this.rules = rules;
        this.controlNumbers = controlNumbers;
        this.reportLimits = ReportLimits.parse(settings.get(ReportLimits.CLAIMS_KEY, null),
                settings.get(ReportLimits.CLAIM_BYTES_KEY, null));
        this.progressLog = LoggedProgress.every(LoggedProgress.interval(settings.get(LoggedProgress.INTERVAL_KEY, null)));
        this.evaluator = new ClaimEvaluator() {
            @Override
            public String version() {
                return rules.version();
            }

            @Override
            public ClaimResult evaluate(Claim claim) {
                return rules.evaluate(claim);
            }

            @Override
            public FileReview newFileReview() {
                // the guide's checks across a transaction, then the file-scoped rules (duplicates)
                return new GuideFileReview(rules).andThen(rules.newFileSession()::review);
            }
        };
    }

    /** Loads settings, rules and limits from the configuration folder. */
    public static ScrubEngine load(Path configDir) throws IOException {
        StaediLogGuard.install(); // before any claim file is read: StAEDI logs input characters at FINE
        ScrubSettings settings = ScrubSettings.load(configDir);
        // claim data a killed JVM left in the per-transaction scrub's spool folders: no running scrub
        // holds them (the system's temporary folder is where versions before 2026-12 spooled)
        PieceSpoolFolder.removeStale(settings.state().resolve(SPOOL_DIR));
        PieceSpoolFolder.removeStale(null);
        AtomicFile.setOutputMode(settings.outputMode()); // scrub.outputMode: every output, every command
        RuleSet rules = RuleSet.load(configDir);
        ReaderLimits limits = limits(settings);
        ScrubPolicy policy = ScrubPolicy.of(settings.parallelThreads(), settings.parallelMinBytes(),
                limits.maxFileBytes());
        ClaimReader reader = ClaimReaders.create(limits, policy.parseAheadMinBytes());
        ControlNumbers numbers = settings.controlNumbers() == ScrubSettings.ControlNumberMode.FRESH
                ? new CounterControlNumbers(settings.state())
                : OriginalControlNumbers.INSTANCE;
        return new ScrubEngine(settings, policy, reader, rules, numbers);
    }

    /**
     * The input limits: {@code config/limits.properties} when present (defaults otherwise), each key
     * overridable like every other setting (see {@link ScrubSettings}), e.g.
     * {@code -Dscrub.limits.maxFileBytes=4000000000} or {@code SCRUB_LIMITS_MAXFILEBYTES}.
     */
    static ReaderLimits limits(ScrubSettings settings) {
        // limits.properties is part of the settings (ScrubSettings reads it, with the same overrides)
        return ReaderLimits.fromProperties(settings.properties());
    }

    public ScrubSettings settings() {
        return settings;
    }

    public ClaimReader reader() {
        return reader;
    }

    public RuleSet rules() {
        return rules;
    }

    public ClaimEvaluator evaluator() {
        return evaluator;
    }

    /**
     * Adds a check after the rules (the store's cross-file edits); call before the first scrub. The
     * rules' version and file review stay those of the evaluator underneath: one wrapper forwards them
     * for every check.
     */
    public void addClaimCheck(ClaimCheck check) {
        ClaimEvaluator inner = evaluator;
        this.evaluator = new ClaimEvaluator() {
            @Override
            public String version() {
                return inner.version();
            }

            @Override
            public ClaimResult evaluate(Claim claim) {
                return check.check(inner.evaluate(claim));
            }

            @Override
            public FileReview newFileReview() {
                return inner.newFileReview();
            }
        };
    }

    /**
     * Adds an output to the claim outputs of every file (the store's claim history: discarded, like
     * the 837 outputs, when the file fails); the function receives the file's output base name.
     */
    public void addClaimOutput(java.util.function.Function<String, ResultWriter> output) {
        extraClaimOutputs.add(output);
    }

    /**
     * Wraps the clean 837 writer of every file (the record of what was forwarded: it reads the clean
     * 837 once it is in place, with the control numbers it was written with); call before the first scrub.
     */
    public void wrapCleanOutput(java.util.function.UnaryOperator<ResultWriter> wrap) {
        cleanOutputWrappers.add(wrap);
    }

    /**
     * The file scrubber: each file gets the plan the {@link #policy()} gives its size; large files
     * with several transactions are scrubbed on {@code scrub.parallelThreads} threads, spooling
     * under {@code scrub.state}; the outputs are the same whatever the plan.
     */
    public FileScrubber scrubber() {
        // a long file logs a progress line every scrub.progressLogSeconds (replay puts its own display instead)
        return new FileScrubber(reader, evaluator, policy, settings.state().resolve(SPOOL_DIR))
                .withProgress(progressLog);
    }

    /** How each file is scrubbed: every threshold. */
    public ScrubPolicy policy() {
        return policy;
    }

    /**
     * The outputs of a scrub: the clean 837 into {@code cleanDir}; the rejected 837 and the
     * reports into {@code reportDir}.
     */
    public OutputFactory outputs(Path cleanDir, Path reportDir, Set<ReportFormat> formats) {
        return outputs(cleanDir, reportDir, formats, null);
    }

    /** As above; the JSON report also names where the original goes (the watch folder's, may be null). */
    public OutputFactory outputs(Path cleanDir, Path reportDir, Set<ReportFormat> formats, ArchivedOriginal original) {
        return new OutputFactory() {
            @Override
            public List<ResultWriter> claimOutputs(String base) {
                ResultWriter clean = new Split837Writer(OutputNames.resolve(cleanDir, base, CLEAN_SUFFIX),
                        SplitSide.CLEAN, controlNumbers);
                for (java.util.function.UnaryOperator<ResultWriter> wrap : cleanOutputWrappers) {
                    clean = wrap.apply(clean);
                }
                List<ResultWriter> writers = new ArrayList<>(List.of(clean,
                        new Split837Writer(OutputNames.resolve(reportDir, base, REJECTED_SUFFIX), SplitSide.REJECTED,
                                controlNumbers)));
                for (java.util.function.Function<String, ResultWriter> extra : extraClaimOutputs) {
                    writers.add(extra.apply(base));
                }
                return writers;
            }

            @Override
            public List<ResultWriter> reports(String base) {
                List<ResultWriter> writers = new ArrayList<>();
                for (ReportFormat f : formats) {
                    writers.add(report(f, OutputNames.resolve(reportDir, base, f.suffix()), original, reportLimits));
                }
                return writers;
            }
        };
    }

    private static ResultWriter report(ReportFormat format, Path target, ArchivedOriginal original,
            ReportLimits limits) {
        switch (format) {
            case JSON:
                return new JsonReportWriter(target, original);
            case TXT:
                return new TextSummaryWriter(target, limits, original);
            case HTML:
                return new HtmlReportWriter(target, limits);
            case ACK999:
                return new Ack999Writer(target);
            case ACK277CA:
                return new Ack277caWriter(target);
            default:
                throw new IllegalArgumentException("no writer for " + format);
        }
    }

    /**
     * Writes the reports of a file that could not be read at all (an I/O error on the input), so
     * that it too has its report; returns the failed outcome ({@link FileScrubber#writeFailure}).
     */
    public FileOutcome writeFailure(Path input, String base, OutputFactory outputs, IOException cause)
            throws IOException {
        return scrubber().writeFailure(input, base, outputs, cause);
    }
}

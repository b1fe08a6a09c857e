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
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.ClaimReaders;
import org.scrub837.read.ReaderLimits;
import org.scrub837.scrub.parallel.PieceSpoolFolder;
import org.scrub837.rules.RuleSet;
import org.scrub837.write.Ack277caWriter;
import org.scrub837.write.Ack999Writer;
import org.scrub837.write.ControlNumbers;
import org.scrub837.write.HtmlReportWriter;
import org.scrub837.write.CounterControlNumbers;
import org.scrub837.write.JsonReportWriter;
import org.scrub837.write.OriginalControlNumbers;
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

    private final ScrubSettings settings;
    private final ClaimReader reader;
    private final RuleSet rules;
    private volatile ClaimEvaluator evaluator;
    /** Outputs added to every file's claim outputs (the claim history of org.scrub837.store). */
    private final List<java.util.function.Function<String, ResultWriter>> extraClaimOutputs =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ControlNumbers controlNumbers;
    private final ParallelScrubPolicy parallel;

    private ScrubEngine(ScrubSettings settings, ReaderLimits limits, ClaimReader reader, RuleSet rules,
            ControlNumbers controlNumbers) {
        this.settings = settings;
        this.parallel = new ParallelScrubPolicy(settings.parallelThreads(), settings.parallelMinBytes(),
                limits.maxFileBytes());
        this.reader = reader;
        this.rules = rules;
        this.controlNumbers = controlNumbers;
        this.evaluator = new ClaimEvaluator() {
            @Override
            public String version() {
                return rules.version();
            }

            @Override
            public ClaimResult evaluate(Claim claim) {
                return rules.evaluate(claim);
            }
        };
    }

    /** Loads settings, rules and limits from the configuration folder. */
    public static ScrubEngine load(Path configDir) throws IOException {
        StaediLogGuard.install(); // before any claim file is read: StAEDI logs input characters at FINE
        // claim data a killed JVM left in the parallel scrub's spool folders: no running scrub holds them
        PieceSpoolFolder.removeStale(null);
        ScrubSettings settings = ScrubSettings.load(configDir);
        RuleSet rules = RuleSet.load(configDir);
        ReaderLimits limits = limits(configDir);
        ClaimReader reader = ClaimReaders.create(limits);
        ControlNumbers numbers = settings.controlNumbers() == ScrubSettings.ControlNumberMode.FRESH
                ? new CounterControlNumbers(settings.state())
                : OriginalControlNumbers.INSTANCE;
        return new ScrubEngine(settings, limits, reader, rules, numbers);
    }

    /**
     * The input limits: {@code config/limits.properties} when present (defaults otherwise), each key
     * overridable by a system property such as {@code -Dscrub.limits.maxFileBytes=4000000000}.
     */
    static ReaderLimits limits(Path configDir) throws IOException {
        Properties props = new Properties();
        Path file = configDir.resolve(LIMITS_FILE);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            }
        }
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("scrub.limits.")) {
                props.setProperty(key, System.getProperty(key));
            }
        }
        return ReaderLimits.fromProperties(props);
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
     * Puts a check around the rules (the store's cross-file duplicate-claim edit); call before the
     * first scrub.
     */
    public void wrapEvaluator(java.util.function.UnaryOperator<ClaimEvaluator> wrap) {
        this.evaluator = wrap.apply(evaluator);
    }

    /**
     * Adds an output to the claim outputs of every file (the store's claim history: discarded, like
     * the 837 outputs, when the file fails); the function receives the file's output base name.
     */
    public void addClaimOutput(java.util.function.Function<String, ResultWriter> output) {
        extraClaimOutputs.add(output);
    }

    /**
     * The file scrubber: large files with several transactions are scrubbed on
     * {@code scrub.parallelThreads} threads (see {@link ParallelFileScrubber}), the others
     * sequentially; the outputs are the same either way.
     */
    public FileScrubber scrubber() {
        return new FileScrubber(reader, evaluator, parallel);
    }

    /** When a file is scrubbed on several threads. */
    public ParallelScrubPolicy parallelPolicy() {
        return parallel;
    }

    /**
     * The outputs of a scrub: the clean 837 into {@code cleanDir}; the rejected 837 and the
     * reports into {@code reportDir}.
     */
    public OutputFactory outputs(Path cleanDir, Path reportDir, Set<ReportFormat> formats) {
        return new OutputFactory() {
            @Override
            public List<ResultWriter> claimOutputs(String base) {
                List<ResultWriter> writers = new ArrayList<>(List.of(
                        new Split837Writer(OutputNames.resolve(cleanDir, base, CLEAN_SUFFIX), SplitSide.CLEAN,
                                controlNumbers),
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
                    writers.add(report(f, OutputNames.resolve(reportDir, base, f.suffix())));
                }
                return writers;
            }
        };
    }

    private static ResultWriter report(ReportFormat format, Path target) {
        switch (format) {
            case JSON:
                return new JsonReportWriter(target);
            case TXT:
                return new TextSummaryWriter(target);
            case HTML:
                return new HtmlReportWriter(target);
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
     * that it too has its report; returns the failed outcome.
     */
    public FileOutcome writeFailure(Path input, String base, OutputFactory outputs, IOException cause)
            throws IOException {
        String fileName = input.getFileName().toString();
        String reason = fileName + ": cannot be read: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        FileOutcome outcome = new FileOutcome(base, fileName, FileStatus.FAILED, rules.version(), 0, 0, 0,
                List.of(new Finding(FileScrubber.FILE_UNREADABLE, Severity.REJECT, null, 0, reason, "")));
        // the same outputs as any failed file: earlier outputs of this base gone, reports saying why
        ScrubOutputs out = ScrubOutputs.open(outputs, base);
        try {
            out.finishFailed(outcome);
        } finally {
            out.close();
        }
        return outcome;
    }
}

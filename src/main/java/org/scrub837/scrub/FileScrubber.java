package org.scrub837.scrub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Severity;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.write.ResultWriter;
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

    private final ClaimReader reader;
    private final ClaimEvaluator evaluator;

    public FileScrubber(ClaimReader reader, ClaimEvaluator evaluator) {
        this.reader = reader;
        this.evaluator = evaluator;
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
        String fileName = input.getFileName().toString();
        long started = System.nanoTime();
        List<ResultWriter> claimOutputs = outputs.claimOutputs(base);
        List<ResultWriter> reports = outputs.reports(base);
        List<ResultWriter> all = new ArrayList<>(claimOutputs);
        all.addAll(reports);
        // outputs of an earlier run of the same input must not survive this one (a clean 837 left
        // from a run that accepted claims would be forwarded again): what exists at the end is ours
        for (ResultWriter w : all) {
            Files.deleteIfExists(w.target());
        }
        Fanout fanout = new Fanout(all);
        FileOutcome outcome;
        try {
            try (InputStream in = Files.newInputStream(input)) {
                reader.read(in, fileName, fanout);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            outcome = fanout.outcome(base, fileName);
            // Reports first, the clean 837 last: the clean 837 is what gets forwarded to payers, so
            // a crash part-way leaves it out (the file is scrubbed again at restart) rather than
            // in place for a forwarder to take before the rest is done.
            List<ResultWriter> finishOrder = new ArrayList<>(reports);
            for (int i = claimOutputs.size() - 1; i >= 0; i--) {
                finishOrder.add(claimOutputs.get(i));
            }
            for (ResultWriter w : finishOrder) {
                w.finish(outcome);
            }
        } catch (InvalidEdiException e) {
            closeQuietly(claimOutputs);
            List<Finding> findings = new ArrayList<>();
            findings.add(new Finding(FILE_UNREADABLE, Severity.REJECT, null, e.transactionSegmentPosition(),
                    e.getMessage(), "ASC X12 005010 syntax"));
            outcome = new FileOutcome(base, fileName, FileStatus.FAILED, evaluator.version(), fanout.claims, 0, 0,
                    findings);
            for (ResultWriter w : reports) {
                w.finish(outcome);
            }
        } finally {
            closeQuietly(all);
        }
        LOG.info("scrubbed file={} status={} claims={} accepted={} rejected={} ms={}", fileName,
                outcome.status().label(), outcome.claims(), outcome.accepted(), outcome.rejected(),
                (System.nanoTime() - started) / 1_000_000);
        return outcome;
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

    /** Judges each claim and hands envelopes and results to every writer, in file order. */
    private final class Fanout implements ClaimHandler {
        private final List<ResultWriter> writers;
        private final List<Finding> fileFindings = new ArrayList<>();
        private long claims;
        private long accepted;
        private long rejected;
        private long claimsInTransaction;

        Fanout(List<ResultWriter> writers) {
            this.writers = writers;
        }

        @Override
        public void startInterchange(Interchange interchange) {
            for (ResultWriter w : writers) {
                call(() -> w.startInterchange(interchange));
            }
        }

        @Override
        public void startGroup(FunctionalGroup group) {
            for (ResultWriter w : writers) {
                call(() -> w.startGroup(group));
            }
        }

        @Override
        public void startTransaction(Transaction transaction) {
            claimsInTransaction = 0;
            for (ResultWriter w : writers) {
                call(() -> w.startTransaction(transaction));
            }
        }

        @Override
        public void claim(Claim claim) {
            ClaimResult result = evaluator.evaluate(claim);
            claims++;
            claimsInTransaction++;
            if (result.rejected()) {
                rejected++;
            } else {
                accepted++;
            }
            for (ResultWriter w : writers) {
                call(() -> w.claim(result));
            }
        }

        @Override
        public void endTransaction(Transaction transaction, EnvelopeEnd end) {
            String where = "transaction " + transaction.controlNumber() + " (group "
                    + transaction.group().controlNumber() + ")";
            envelopeFindings(where, end);
            if (claimsInTransaction == 0) {
                boolean syntax = end.issues().stream().anyMatch(i -> i.scope() == SyntaxIssue.Scope.SEGMENT
                        || i.scope() == SyntaxIssue.Scope.ELEMENT);
                fileFindings.add(new Finding(NO_CLAIMS, Severity.WARN, null, 0, where + " holds no claim"
                        + (syntax ? " and has syntax errors" : "") + "; it is left out of the outputs",
                        "ASC X12 005010 837"));
            }
            for (ResultWriter w : writers) {
                call(() -> w.endTransaction(transaction, end));
            }
        }

        @Override
        public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
            envelopeFindings("group " + group.controlNumber(), end);
            for (ResultWriter w : writers) {
                call(() -> w.endGroup(group, end));
            }
        }

        @Override
        public void endInterchange(Interchange interchange, EnvelopeEnd end) {
            envelopeFindings("interchange " + interchange.controlNumber(), end);
            for (ResultWriter w : writers) {
                call(() -> w.endInterchange(interchange, end));
            }
        }

        /** Envelope errors are repaired in the outputs (they are recounted), so they only warn. */
        private void envelopeFindings(String where, EnvelopeEnd end) {
            for (SyntaxIssue issue : end.issues()) {
                SyntaxIssue.Scope scope = issue.scope();
                if (scope == SyntaxIssue.Scope.TRANSACTION || scope == SyntaxIssue.Scope.GROUP
                        || scope == SyntaxIssue.Scope.INTERCHANGE) {
                    fileFindings.add(new Finding(ENVELOPE, Severity.WARN, null, issue.segmentPosition(),
                            where + ": " + issue.description() + "; the outputs carry recounted trailers",
                            "ASC X12 005010 envelope (SE/GE/IEA)"));
                }
            }
        }

        FileOutcome outcome(String base, String fileName) {
            if (claims == 0 && fileFindings.stream().noneMatch(f -> NO_CLAIMS.equals(f.ruleId()))) {
                fileFindings.add(new Finding(NO_CLAIMS, Severity.WARN, null, 0, "the file holds no claim",
                        "ASC X12 005010 837"));
            }
            return new FileOutcome(base, fileName, FileStatus.of(accepted, rejected), evaluator.version(), claims,
                    accepted, rejected, List.copyOf(fileFindings));
        }
    }

    @FunctionalInterface
    private interface IoCall {
        void run() throws IOException;
    }

    private static void call(IoCall call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

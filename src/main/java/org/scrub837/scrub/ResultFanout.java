package org.scrub837.scrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.EnvelopeListener;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Severity;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.write.ResultWriter;

/**
 * Hands envelopes and judged claims to every writer in file order, and keeps what the file's
 * outcome needs: counts and file-level findings (envelope errors, transactions without claims).
 * Fed by the whole-file read through {@link FileScrubber} and by the replay of the per-transaction
 * scrub alike, so both give the same outcome for the same events. Writer failures come out as
 * {@link UncheckedIOException}.
 */
final class ResultFanout implements EnvelopeListener<ClaimResult, RuntimeException> {
    private final List<ResultWriter> writers;
    private final String ruleSetVersion;
    private final List<Finding> fileFindings = new ArrayList<>();
    private long claims;
    private long accepted;
    private long rejected;
    private long claimsInTransaction;
    /** The rules across claims: sees the claims in file order and the ends of transactions. */
    private final FileReview review;
    private long rejectingFileFindings;
    private final ScrubProgress.File progress;

    /**
     * @param review   applied to each result in file order before it is counted and written, and told
     *                 of each transaction's start and of a transaction without claims (the rules
     *                 across claims: duplicates in the file, the guide's checks across a transaction)
     * @param progress told of each claim done
     */
    ResultFanout(List<ResultWriter> writers, String ruleSetVersion, FileReview review,
            ScrubProgress.File progress) {
        this.writers = writers;
        this.ruleSetVersion = ruleSetVersion;
        this.review = review;
        this.progress = progress;
    }

    long claims() {
        return claims;
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
        review.startTransaction(transaction);
        for (ResultWriter w : writers) {
            call(() -> w.startTransaction(transaction));
        }
    }

    @Override
    public void claim(ClaimResult judged) {
        ClaimResult result = review.claim(judged);
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
        progress.claimDone();
    }

    @Override
    public void endTransaction(Transaction transaction, EnvelopeEnd end) {
        String where = "transaction " + transaction.controlNumber() + " (group "
                + transaction.group().controlNumber() + ")";
        envelopeFindings(where, end, SyntaxIssue.Scope.TRANSACTION);
        if (claimsInTransaction == 0) {
            boolean syntax = end.issues().stream().anyMatch(i -> i.scope() == SyntaxIssue.Scope.SEGMENT
                    || i.scope() == SyntaxIssue.Scope.ELEMENT);
            fileFindings.add(new Finding(FileScrubber.NO_CLAIMS, Severity.WARN, null, 0, where + " holds no claim"
                    + (syntax ? " and has syntax errors" : "") + "; it is left out of the outputs",
                    "ASC X12 005010 837"));
            end = withGuideIssues(end, review.emptyTransaction(transaction, end.actualCount()));
        }
        EnvelopeEnd ended = end;
        for (ResultWriter w : writers) {
            call(() -> w.endTransaction(transaction, ended));
        }
    }

    /**
     * Keeps the findings on a transaction without claims as file findings; the rejecting ones' 999
     * issues join the transaction's issues so that the 999 reports them too.
     */
    private EnvelopeEnd withGuideIssues(EnvelopeEnd end, List<Finding> findings) {
        if (findings.isEmpty()) {
            return end;
        }
        List<SyntaxIssue> issues = new ArrayList<>(end.issues());
        for (Finding f : findings) {
            fileFindings.add(f);
            if (f.rejects()) {
                rejectingFileFindings++;
                if (f.ackIssue() != null) {
                    issues.add(f.ackIssue());
                }
            }
        }
        return new EnvelopeEnd(end.trailerPresent(), end.declaredCount(), end.actualCount(),
                end.trailerControlNumber(), List.copyOf(issues));
    }

    @Override
    public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
        envelopeFindings("group " + group.controlNumber(), end, SyntaxIssue.Scope.GROUP);
        for (ResultWriter w : writers) {
            call(() -> w.endGroup(group, end));
        }
    }

    @Override
    public void endInterchange(Interchange interchange, EnvelopeEnd end) {
        envelopeFindings("interchange " + interchange.controlNumber(), end, SyntaxIssue.Scope.INTERCHANGE);
        for (ResultWriter w : writers) {
            call(() -> w.endInterchange(interchange, end));
        }
    }

    /**
     * Envelope errors are repaired in the outputs (they are recounted), so they only warn. An
     * envelope's end carries the issues of everything inside it too (a group's end repeats its
     * transactions' SE errors), so each level reports only the issues of its own scope: one
     * finding per issue.
     */
    private void envelopeFindings(String where, EnvelopeEnd end, SyntaxIssue.Scope own) {
        for (SyntaxIssue issue : end.issues()) {
            if (issue.scope() == own) {
                fileFindings.add(new Finding(FileScrubber.ENVELOPE, Severity.WARN, null, issue.segmentPosition(),
                        where + ": " + issue.description() + "; the outputs carry recounted trailers",
                        "ASC X12 005010 envelope (SE/GE/IEA)"));
            }
        }
    }

    FileOutcome outcome(String base, String fileName) {
        if (claims == 0 && fileFindings.stream().noneMatch(f -> FileScrubber.NO_CLAIMS.equals(f.ruleId()))) {
            fileFindings.add(new Finding(FileScrubber.NO_CLAIMS, Severity.WARN, null, 0, "the file holds no claim",
                    "ASC X12 005010 837"));
        }
        // a transaction without claims that the guide rejects makes the file rejected (or partial)
        FileStatus status = FileStatus.of(accepted, rejected + (rejectingFileFindings > 0 ? 1 : 0));
        return new FileOutcome(base, fileName, status, ruleSetVersion, claims,
                accepted, rejected, List.copyOf(fileFindings));
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

package org.scrub837.scrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
import org.scrub837.write.ResultWriter;

/**
 * Hands envelopes and judged claims to every writer in file order, and keeps what the file's
 * outcome needs: counts and file-level findings (envelope errors, transactions without claims).
 * Fed by the sequential reader through {@link FileScrubber} and by the replay of the parallel scrub
 * alike, so both give the same outcome for the same events. Writer failures come out as
 * {@link UncheckedIOException}.
 */
final class ResultFanout {
    private final List<ResultWriter> writers;
    private final String ruleSetVersion;
    private final List<Finding> fileFindings = new ArrayList<>();
    private long claims;
    private long accepted;
    private long rejected;
    private long claimsInTransaction;
    private final ScrubProgress.File progress;

    ResultFanout(List<ResultWriter> writers, String ruleSetVersion) {
        this(writers, ruleSetVersion, ScrubProgress.File.NONE);
    }

    ResultFanout(List<ResultWriter> writers, String ruleSetVersion, ScrubProgress.File progress) {
        this.writers = writers;
        this.ruleSetVersion = ruleSetVersion;
        this.progress = progress;
    }

    long claims() {
        return claims;
    }

    void startInterchange(Interchange interchange) {
        for (ResultWriter w : writers) {
            call(() -> w.startInterchange(interchange));
        }
    }

    void startGroup(FunctionalGroup group) {
        for (ResultWriter w : writers) {
            call(() -> w.startGroup(group));
        }
    }

    void startTransaction(Transaction transaction) {
        claimsInTransaction = 0;
        for (ResultWriter w : writers) {
            call(() -> w.startTransaction(transaction));
        }
    }

    void result(ClaimResult result) {
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

    void endTransaction(Transaction transaction, EnvelopeEnd end) {
        String where = "transaction " + transaction.controlNumber() + " (group "
                + transaction.group().controlNumber() + ")";
        envelopeFindings(where, end, SyntaxIssue.Scope.TRANSACTION);
        if (claimsInTransaction == 0) {
            boolean syntax = end.issues().stream().anyMatch(i -> i.scope() == SyntaxIssue.Scope.SEGMENT
                    || i.scope() == SyntaxIssue.Scope.ELEMENT);
            fileFindings.add(new Finding(FileScrubber.NO_CLAIMS, Severity.WARN, null, 0, where + " holds no claim"
                    + (syntax ? " and has syntax errors" : "") + "; it is left out of the outputs",
                    "ASC X12 005010 837"));
        }
        for (ResultWriter w : writers) {
            call(() -> w.endTransaction(transaction, end));
        }
    }

    void endGroup(FunctionalGroup group, EnvelopeEnd end) {
        envelopeFindings("group " + group.controlNumber(), end, SyntaxIssue.Scope.GROUP);
        for (ResultWriter w : writers) {
            call(() -> w.endGroup(group, end));
        }
    }

    void endInterchange(Interchange interchange, EnvelopeEnd end) {
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
        return new FileOutcome(base, fileName, FileStatus.of(accepted, rejected), ruleSetVersion, claims,
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

package org.scrub837.responses;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.write.ResultWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Around the clean 837 writer of a file: once the clean 837 is in place, reads it back and records
 * each claim forwarded with the control numbers it was written with (the payer quotes those, and
 * with {@code scrub.controlNumbers = fresh} they are not the input's). Reading the written file
 * rather than the claims as they pass records exactly what leaves, whatever wrote the envelopes.
 *
 * <p>The clean 837 is the last output put in place, just before the original leaves the inbox: a
 * crash in between scrubs the file again, which writes and records it again (the record is keyed by
 * the output's control numbers, so it is replaced, not doubled). A store that cannot be written is
 * logged and counted, never turned into a failed input: the clean 837 is already there to forward.
 */
public final class SubmissionRecorder implements ResultWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionRecorder.class);

    private final ResultWriter clean;
    private final ResponseStore store;
    private final ResponseMetrics metrics;

    public SubmissionRecorder(ResultWriter clean, ResponseStore store, ResponseMetrics metrics) {
        this.clean = clean;
        this.store = store;
        this.metrics = metrics;
    }

    @Override
    public Path target() {
        return clean.target();
    }

    @Override
    public void startInterchange(Interchange interchange) throws IOException {
        clean.startInterchange(interchange);
    }

    @Override
    public void startGroup(FunctionalGroup group) throws IOException {
        clean.startGroup(group);
    }

    @Override
    public void startTransaction(Transaction transaction) throws IOException {
        clean.startTransaction(transaction);
    }

    @Override
    public void claim(ClaimResult claim) throws IOException {
        clean.claim(claim);
    }

    @Override
    public void endTransaction(Transaction transaction, EnvelopeEnd end) throws IOException {
        clean.endTransaction(transaction, end);
    }

    @Override
    public void endGroup(FunctionalGroup group, EnvelopeEnd end) throws IOException {
        clean.endGroup(group, end);
    }

    @Override
    public void endInterchange(Interchange interchange, EnvelopeEnd end) throws IOException {
        clean.endInterchange(interchange, end);
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        clean.finish(outcome);
        Path written = clean.target();
        if (outcome.status() == FileStatus.FAILED || !Files.exists(written)) {
            return;
        }
        try (InputStream in = Files.newInputStream(written)) {
            List<SubmittedClaim> claims = SubmissionReader.read(in);
            store.recordSubmission(written.getFileName().toString(), claims);
            if (metrics != null) {
                metrics.forwarded(claims.size());
            }
        } catch (SQLException e) {
            // the SQL state only: a driver's message may quote a claim's value
            LOG.error("the claims forwarded in a clean 837 could not be recorded (SQL state {}): their responses"
                    + " will not match", e.getSQLState());
            if (metrics != null) {
                metrics.submissionNotRecorded();
            }
        } catch (InvalidResponseException e) {
            LOG.error("a clean 837 written could not be read back to record it: {}", e.getMessage());
            if (metrics != null) {
                metrics.submissionNotRecorded();
            }
        }
    }

    @Override
    public void close() throws IOException {
        clean.close();
    }
}

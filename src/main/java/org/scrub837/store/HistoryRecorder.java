package org.scrub837.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.rules.RuleSet;
import org.scrub837.write.ResultWriter;

/**
 * Writes the key facts of each claim of one file into the claim history, as one of the file's claim
 * outputs: it commits the claims in batches as they come (memory stays flat on large files), and
 * removes them again when the file fails or is abandoned, like the clean and rejected 837. The
 * history is a database, so {@link #target()} names no file; nothing is ever written there.
 */
public final class HistoryRecorder implements ResultWriter {

    /** Claims per database round trip. */
    static final int BATCH = 500;

    private final ClaimHistory history;
    private final Path target;
    private final UUID runId = UUID.randomUUID();
    private final List<ClaimFacts> pending = new ArrayList<>();
    private final String base;
    private final PatientKeys keys;
    private final RuleSet rules;
    private boolean written;
    private boolean done;

    /**
     * @param base   the base name of the file's outputs ({@code B} of {@code B.clean.837}), recorded
     *               as the claim's file
     * @param marker a path beside the other outputs of the file, never created (the scrub deletes
     *               each output's target before it starts; this one is never there)
     */
    public HistoryRecorder(ClaimHistory history, PatientKeys keys, String base, Path marker) {
        this(history, keys, base, marker, null);
    }

    /**
     * @param rules when given, each claim's units as its across-claims MUE rules sum them are recorded
     *              too (scrub_claim_units), for the MUE edits across files
     */
    public HistoryRecorder(ClaimHistory history, PatientKeys keys, String base, Path marker, RuleSet rules) {
        this.history = history;
        this.keys = keys;
        this.base = base;
        this.target = marker;
        this.rules = rules;
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        pending.add(ClaimFacts.of(result, keys, rules == null ? List.of() : rules.mueDateOfServiceUnits(result)));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        if (outcome.status() == FileStatus.FAILED) {
            close();
            return;
        }
        flush();
        done = true;
    }

    private void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            history.record(runId, base, pending);
            written = true;
        } catch (SQLException e) {
            // the SQL state, never the message: a driver may quote a value of the claim
            throw new IOException("claim history could not be written (SQL state " + e.getSQLState() + ")", e);
        }
        pending.clear();
    }

    @Override
    public void close() throws IOException {
        pending.clear();
        if (done || !written) {
            return;
        }
        done = true;
        try {
            history.discard(runId);
        } catch (SQLException e) {
            throw new IOException("claim history: rows of an abandoned scrub could not be removed (SQL state "
                    + e.getSQLState() + ")", e);
        }
    }
}

package org.scrub837.responses;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.scrub837.responses.ResponseItem.Level;
import org.scrub837.responses.ResponseItem.Verdict;
import org.scrub837.store.Database;

/**
 * The responses' tables in the store (db/store/V3__responses.sql): the claims forwarded
 * ({@code scrub_submission}), the response files recorded once each by content hash, their items,
 * and which forwarded claims each item concerns.
 *
 * <p>Matching keys (docs/outcomes.md): a TA1 the latest interchange with its ISA13; a 999 group the
 * latest group with its GS06 (within the ISA13 of a TA1 before it, when there is one), a 999
 * transaction that group's ST02; a 277CA or 835 claim the latest forwarded claim with its CLM01 and
 * total charge, else with its CLM01 alone.
 */
public final class ResponseStore {

    /** What recording one response file did. */
    public record Recorded(boolean alreadyRecorded, int items, int unmatchedItems, int claimsMatched,
            List<String> escapedPayers) {
    }

    private final Database db;
    private final Clock clock;

    public ResponseStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public ResponseStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Database database() {
        return db;
    }

    private static final String UPSERT_SUBMISSION = "INSERT INTO scrub_submission (sender_id, receiver_id,"
            + " interchange_control, group_control, transaction_control, claim_ordinal, claim_id, frequency,"
            + " total_charge, service_from, service_to, payer_id, file_name, submitted_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (sender_id, interchange_control, group_control, transaction_control, claim_ordinal)"
            + " DO UPDATE SET receiver_id = EXCLUDED.receiver_id, claim_id = EXCLUDED.claim_id,"
            + " frequency = EXCLUDED.frequency, total_charge = EXCLUDED.total_charge,"
            + " service_from = EXCLUDED.service_from, service_to = EXCLUDED.service_to,"
            + " payer_id = EXCLUDED.payer_id, file_name = EXCLUDED.file_name";

    /**
     * Records the claims of one clean 837 written (a file written again after a restart keeps its
     * first time of submission).
     */
    public void recordSubmission(String fileName, List<SubmittedClaim> claims) throws SQLException {
        if (claims.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(UPSERT_SUBMISSION)) {
                for (SubmittedClaim s : claims) {
                    int i = 1;
                    ps.setString(i++, s.senderId());
                    ps.setString(i++, s.receiverId());
                    ps.setString(i++, s.interchangeControl());
                    ps.setString(i++, s.groupControl());
                    ps.setString(i++, s.transactionControl());
                    ps.setLong(i++, s.ordinal());
                    ps.setString(i++, s.claimId());
                    ps.setString(i++, s.frequency());
                    ps.setBigDecimal(i++, column(s.totalCharge()));
                    ps.setDate(i++, s.serviceFrom() == null ? null : Date.valueOf(s.serviceFrom()));
                    ps.setDate(i++, s.serviceTo() == null ? null : Date.valueOf(s.serviceTo()));
                    ps.setString(i++, s.payerId());
                    ps.setString(i++, fileName);
                    ps.setTimestamp(i++, now);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Records a response file and matches its items, in one transaction; a file whose content was
     * recorded before (by this node or another) records nothing again.
     */
    public Recorded recordResponse(String contentHash, String fileName, ResponseFile response) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                Long fileId = null;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO scrub_response_file (content_hash,"
                        + " file_name, kinds, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING"
                        + " RETURNING id")) {
                    ps.setString(1, contentHash);
                    ps.setString(2, fileName);
                    ps.setString(3, response.kindLabels());
                    ps.setTimestamp(4, Timestamp.from(clock.instant()));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            fileId = rs.getLong(1);
                        }
                    }
                }
                if (fileId == null) {
                    c.rollback();
                    return new Recorded(true, 0, 0, 0, List.of());
                }
                int unmatched = 0;
                int matched = 0;
                // a claim rejected twice in one file (its group and its transaction) is one escape
                java.util.Set<Long> escaped = new java.util.LinkedHashSet<>();
                for (ResponseItem item : response.items()) {
                    List<long[]> targets = match(c, item);
                    long responseId = insertItem(c, fileId, item, targets.size());
                    if (targets.isEmpty()) {
                        unmatched++;
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO scrub_claim_response (submission_id,"
                            + " response_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                        for (long[] t : targets) {
                            ps.setLong(1, t[0]);
                            ps.setLong(2, responseId);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    matched += targets.size();
                    if (item.verdict() == Verdict.REJECTED) {
                        targets.forEach(t -> escaped.add(t[0]));
                    }
                }
                List<String> escapedPayers = payersOf(c, escaped);
                c.commit();
                return new Recorded(false, response.items().size(), unmatched, matched, escapedPayers);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The forwarded claims an item concerns: {submission id}. */
    private static List<long[]> match(Connection c, ResponseItem item) throws SQLException {
        return switch (item.level()) {
            case INTERCHANGE -> ids(c, "SELECT id FROM scrub_submission WHERE interchange_control = ? AND submitted_at ="
                    + " (SELECT MAX(submitted_at) FROM scrub_submission WHERE interchange_control = ?)",
                    item.interchangeControl(), item.interchangeControl());
            case GROUP -> item.interchangeControl() != null
                    ? ids(c, "SELECT id FROM scrub_submission WHERE group_control = ? AND interchange_control = ?"
                            + " AND submitted_at = (SELECT MAX(submitted_at) FROM scrub_submission WHERE group_control = ?"
                            + " AND interchange_control = ?)", item.groupControl(), item.interchangeControl(),
                            item.groupControl(), item.interchangeControl())
                    : ids(c, "SELECT id FROM scrub_submission WHERE group_control = ? AND submitted_at ="
                            + " (SELECT MAX(submitted_at) FROM scrub_submission WHERE group_control = ?)",
                            item.groupControl(), item.groupControl());
            case TRANSACTION -> item.interchangeControl() != null
                    ? ids(c, "SELECT id FROM scrub_submission WHERE group_control = ? AND transaction_control = ?"
                            + " AND interchange_control = ? AND submitted_at = (SELECT MAX(submitted_at) FROM"
                            + " scrub_submission WHERE group_control = ? AND interchange_control = ?)",
                            item.groupControl(), item.transactionControl(), item.interchangeControl(),
                            item.groupControl(), item.interchangeControl())
                    : ids(c, "SELECT id FROM scrub_submission WHERE group_control = ? AND transaction_control = ?"
                            + " AND submitted_at = (SELECT MAX(submitted_at) FROM scrub_submission WHERE group_control = ?)",
                            item.groupControl(), item.transactionControl(), item.groupControl());
            case CLAIM -> claim(c, item);
        };
    }

    private static List<long[]> claim(Connection c, ResponseItem item) throws SQLException {
        if (item.claimId() == null || item.claimId().isEmpty()) {
            return List.of();
        }
        if (item.charge() != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM scrub_submission WHERE claim_id = ?"
                    + " AND total_charge = ? ORDER BY submitted_at DESC, id DESC LIMIT 1")) {
                ps.setString(1, item.claimId());
                ps.setBigDecimal(2, item.charge());
                List<long[]> found = ids(ps);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM scrub_submission WHERE claim_id = ?"
                + " ORDER BY submitted_at DESC, id DESC LIMIT 1")) {
            ps.setString(1, item.claimId());
            return ids(ps);
        }
    }

    private static List<long[]> ids(Connection c, String sql, String... args) throws SQLException {
        for (String a : args) {
            if (a == null) {
                return List.of();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            return ids(ps);
        }
    }

    private static List<long[]> ids(PreparedStatement ps) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1)});
            }
        }
        return out;
    }

    private static List<String> payersOf(Connection c, java.util.Collection<Long> ids) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT payer_id FROM scrub_submission WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private static long insertItem(Connection c, long fileId, ResponseItem item, int matched) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scrub_response (file_id, kind, level,"
                + " interchange_control, group_control, transaction_control, claim_id, charge, payer_claim_control,"
                + " verdict, codes, paid, matched_claims) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            int i = 1;
            ps.setLong(i++, fileId);
            ps.setString(i++, item.kind().label());
            ps.setString(i++, item.level().label());
            ps.setString(i++, item.interchangeControl());
            ps.setString(i++, item.groupControl());
            ps.setString(i++, item.transactionControl());
            ps.setString(i++, item.claimId());
            setAmount(ps, i++, item.charge());
            ps.setString(i++, item.payerClaimControl());
            ps.setString(i++, item.verdict().label());
            ps.setString(i++, item.codes());
            setAmount(ps, i++, item.paid());
            ps.setInt(i++, matched);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void setAmount(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        BigDecimal kept = column(v);
        if (kept == null) {
            ps.setNull(i, Types.NUMERIC);
        } else {
            ps.setBigDecimal(i, kept);
        }
    }

    /** NUMERIC(18,2) holds any amount an X12 file can carry; anything else is not stored. */
    private static BigDecimal column(BigDecimal v) {
        if (v == null || v.precision() - v.scale() > 16 || v.scale() > 2) {
            return null;
        }
        return v;
    }

    /** How many response files have been recorded. */
    public long responseFileCount() throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM scrub_response_file");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A payer's answer about one forwarded claim, for {@code history} and {@code outcomes}. */
    public record ClaimResponse(long submissionId, String kind, String level, String verdict, String codes,
            String payerClaimControl, BigDecimal paid, String fileName, Instant receivedAt) {
    }

    /** A forwarded claim. */
    public record Submission(long id, String claimId, String payerId, String frequency, BigDecimal totalCharge,
            String interchangeControl, String groupControl, String transactionControl, String fileName,
            Instant submittedAt, boolean first) {
    }

    /**
     * The forwarded claims submitted at or after {@code since} (null: all), of one payer (null: all),
     * with whether each is its claim's first submission to that payer, oldest first.
     */
    public List<Submission> submissions(Instant since, String payer) throws SQLException {
        String sql = "SELECT * FROM (SELECT id, claim_id, payer_id, frequency, total_charge, interchange_control,"
                + " group_control, transaction_control, file_name, submitted_at, ROW_NUMBER() OVER (PARTITION BY"
                + " claim_id, payer_id ORDER BY submitted_at, id) AS nth FROM scrub_submission) s"
                + " WHERE (CAST(? AS TIMESTAMPTZ) IS NULL OR submitted_at >= ?) AND (CAST(? AS TEXT) IS NULL"
                + " OR payer_id = ?) ORDER BY submitted_at, id";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            Timestamp t = since == null ? null : Timestamp.from(since);
            ps.setTimestamp(1, t);
            ps.setTimestamp(2, t);
            ps.setString(3, payer);
            ps.setString(4, payer);
            List<Submission> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(submission(rs));
                }
            }
            return out;
        }
    }

    /** Every forwarded submission of a claim id, oldest first. */
    public List<Submission> submissionsOf(String claimId) throws SQLException {
        String sql = "SELECT id, claim_id, payer_id, frequency, total_charge, interchange_control, group_control,"
                + " transaction_control, file_name, submitted_at, ROW_NUMBER() OVER (PARTITION BY claim_id, payer_id"
                + " ORDER BY submitted_at, id) AS nth FROM scrub_submission WHERE claim_id = ? ORDER BY submitted_at, id";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, claimId);
            List<Submission> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(submission(rs));
                }
            }
            return out;
        }
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getLong("id"), rs.getString("claim_id"), rs.getString("payer_id"),
                rs.getString("frequency"), rs.getBigDecimal("total_charge"), rs.getString("interchange_control"),
                rs.getString("group_control"), rs.getString("transaction_control"), rs.getString("file_name"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getLong("nth") == 1);
    }

    /** The payer's answers about the forwarded claims submitted at or after {@code since} (null: all). */
    public List<ClaimResponse> claimResponses(Instant since) throws SQLException {
        String sql = "SELECT cr.submission_id, r.kind, r.level, r.verdict, r.codes, r.payer_claim_control, r.paid,"
                + " f.file_name, f.received_at FROM scrub_claim_response cr JOIN scrub_response r ON r.id ="
                + " cr.response_id JOIN scrub_response_file f ON f.id = r.file_id JOIN scrub_submission s ON s.id ="
                + " cr.submission_id WHERE (CAST(? AS TIMESTAMPTZ) IS NULL OR s.submitted_at >= ?)"
                + " ORDER BY f.received_at, r.id";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            Timestamp t = since == null ? null : Timestamp.from(since);
            ps.setTimestamp(1, t);
            ps.setTimestamp(2, t);
            return claimResponses(ps);
        }
    }

    /** The payer's answers about the submissions of one claim id. */
    public List<ClaimResponse> claimResponsesOf(String claimId) throws SQLException {
        String sql = "SELECT cr.submission_id, r.kind, r.level, r.verdict, r.codes, r.payer_claim_control, r.paid,"
                + " f.file_name, f.received_at FROM scrub_claim_response cr JOIN scrub_response r ON r.id ="
                + " cr.response_id JOIN scrub_response_file f ON f.id = r.file_id JOIN scrub_submission s ON s.id ="
                + " cr.submission_id WHERE s.claim_id = ? ORDER BY f.received_at, r.id";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, claimId);
            return claimResponses(ps);
        }
    }

    private static List<ClaimResponse> claimResponses(PreparedStatement ps) throws SQLException {
        List<ClaimResponse> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ClaimResponse(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()));
            }
        }
        return out;
    }

    /** A response item that matched nothing we forwarded. */
    public record Unmatched(String fileName, Instant receivedAt, String kind, String level, String key, String verdict,
            String codes) {
    }

    /** Every response item that matched nothing, oldest first. */
    public List<Unmatched> unmatched(Instant since) throws SQLException {
        String sql = "SELECT f.file_name, f.received_at, r.kind, r.level, r.interchange_control, r.group_control,"
                + " r.transaction_control, r.claim_id, r.verdict, r.codes FROM scrub_response r JOIN scrub_response_file f"
                + " ON f.id = r.file_id WHERE r.matched_claims = 0 AND (CAST(? AS TIMESTAMPTZ) IS NULL OR"
                + " f.received_at >= ?) ORDER BY f.received_at, r.id";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            Timestamp t = since == null ? null : Timestamp.from(since);
            ps.setTimestamp(1, t);
            ps.setTimestamp(2, t);
            List<Unmatched> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String level = rs.getString(4);
                    String key = switch (Level.valueOf(level.toUpperCase(java.util.Locale.ROOT))) {
                        case INTERCHANGE -> "ISA13 " + rs.getString(5);
                        case GROUP -> "GS06 " + rs.getString(6);
                        case TRANSACTION -> "GS06 " + rs.getString(6) + " ST02 " + rs.getString(7);
                        case CLAIM -> "CLM01 " + rs.getString(8);
                    };
                    out.add(new Unmatched(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), level, key,
                            rs.getString(9), rs.getString(10)));
                }
            }
            return out;
        }
    }
}

package org.scrub837.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The claim history in the store: each scrubbed claim's key facts ({@link ClaimFacts}), written by
 * the service as it scrubs, read by the duplicate-claim edit and the {@code history} command.
 * A claim is identified by its submission (ISA06, ISA13, GS06, ST02 and its ordinal in the file):
 * scrubbing the same submission again (a restart after a crash) replaces its rows.
 */
public final class ClaimHistory {

    /** One recorded claim, as the history command and the duplicate edit see it. */
    public record Entry(String claimId, String fileName, Instant recordedAt, boolean accepted,
            List<String> rejectingRules, LocalDate serviceFrom, LocalDate serviceTo, BigDecimal totalCharge,
            int lineCount, String billingProvider, String interchangeControl, String transactionControl) {
    }

    private static final String UPSERT = "INSERT INTO scrub_claim_history (claim_id, sender_id, interchange_control,"
            + " group_control, transaction_control, claim_ordinal, file_name, billing_provider, service_from,"
            + " service_to, total_charge, line_count, patient_key, duplicate_key, outcome, rejecting_rules, run_id,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (sender_id, interchange_control, group_control, transaction_control, claim_ordinal)"
            + " DO UPDATE SET claim_id = EXCLUDED.claim_id, file_name = EXCLUDED.file_name,"
            + " billing_provider = EXCLUDED.billing_provider, service_from = EXCLUDED.service_from,"
            + " service_to = EXCLUDED.service_to, total_charge = EXCLUDED.total_charge,"
            + " line_count = EXCLUDED.line_count, patient_key = EXCLUDED.patient_key,"
            + " duplicate_key = EXCLUDED.duplicate_key, outcome = EXCLUDED.outcome,"
            + " rejecting_rules = EXCLUDED.rejecting_rules, run_id = EXCLUDED.run_id,"
            + " recorded_at = EXCLUDED.recorded_at";

    private static final String COLUMNS = "claim_id, file_name, recorded_at, outcome, rejecting_rules, service_from,"
            + " service_to, total_charge, line_count, billing_provider, interchange_control, transaction_control";

    private final Database db;
    private final Clock clock;

    public ClaimHistory(Database db) {
        this(db, Clock.systemUTC());
    }

    public ClaimHistory(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records (or replaces) the claims of one scrub run of a file, in one transaction. */
    public void record(UUID runId, String fileName, List<ClaimFacts> claims) throws SQLException {
        if (claims.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                for (ClaimFacts f : claims) {
                    int i = 1;
                    ps.setString(i++, f.claimId());
                    ps.setString(i++, f.senderId());
                    ps.setString(i++, f.interchangeControl());
                    ps.setString(i++, f.groupControl());
                    ps.setString(i++, f.transactionControl());
                    ps.setLong(i++, f.claimOrdinal());
                    ps.setString(i++, fileName);
                    ps.setString(i++, f.billingProvider());
                    ps.setDate(i++, f.serviceFrom() == null ? null : Date.valueOf(f.serviceFrom()));
                    ps.setDate(i++, f.serviceTo() == null ? null : Date.valueOf(f.serviceTo()));
                    ps.setBigDecimal(i++, chargeForColumn(f.totalCharge()));
                    ps.setInt(i++, f.lineCount());
                    ps.setString(i++, f.patientKey());
                    ps.setString(i++, f.duplicateKey());
                    ps.setString(i++, f.accepted() ? "accepted" : "rejected");
                    ps.setString(i++, String.join(",", f.rejectingRules()));
                    ps.setObject(i++, runId);
                    ps.setTimestamp(i++, now);
                    ps.addBatch();
                }
                ps.executeBatch();
                recordUnits(c, runId, now, claims);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static final String SAME_CLAIM = "sender_id = ? AND interchange_control = ? AND group_control = ?"
            + " AND transaction_control = ? AND claim_ordinal = ?";

    /**
     * The units of service of the claims (scrub_claim_units, issue #20): those of a submission scrubbed
     * again are replaced; only accepted claims' units are kept (a rejected claim is not forwarded).
     */
    private static void recordUnits(Connection c, UUID runId, Timestamp now, List<ClaimFacts> claims)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM scrub_claim_units WHERE " + SAME_CLAIM);
                PreparedStatement ins = c.prepareStatement("INSERT INTO scrub_claim_units (sender_id,"
                        + " interchange_control, group_control, transaction_control, claim_ordinal, units_key, units,"
                        + " run_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean inserts = false;
            for (ClaimFacts f : claims) {
                submission(del, 1, f);
                del.addBatch();
                if (!f.accepted()) {
                    continue;
                }
                for (Map.Entry<String, BigDecimal> u : f.unitsByKey().entrySet()) {
                    int i = submission(ins, 1, f);
                    ins.setString(i++, u.getKey());
                    ins.setBigDecimal(i++, u.getValue());
                    ins.setObject(i++, runId);
                    ins.setTimestamp(i, now);
                    ins.addBatch();
                    inserts = true;
                }
            }
            del.executeBatch();
            if (inserts) {
                ins.executeBatch();
            }
        }
    }

    private static int submission(PreparedStatement ps, int from, ClaimFacts f) throws SQLException {
        int i = from;
        ps.setString(i++, f.senderId());
        ps.setString(i++, f.interchangeControl());
        ps.setString(i++, f.groupControl());
        ps.setString(i++, f.transactionControl());
        ps.setLong(i++, f.claimOrdinal());
        return i;
    }

    /**
     * Units recorded under each of the claim's units keys by accepted claims of <b>other
     * interchanges</b> (the claims of the claim's own file are summed by the file-scoped rules).
     */
    public Map<String, BigDecimal> unitsElsewhere(ClaimFacts facts) throws SQLException {
        if (facts.unitsByKey().isEmpty()) {
            return Map.of();
        }
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("SELECT units_key, SUM(units) FROM scrub_claim_units"
                        + " WHERE units_key = ANY (?) AND NOT (sender_id = ? AND interchange_control = ?)"
                        + " GROUP BY units_key")) {
            ps.setArray(1, c.createArrayOf("text", facts.unitsByKey().keySet().toArray()));
            ps.setString(2, facts.senderId());
            ps.setString(3, facts.interchangeControl());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1).trim(), rs.getBigDecimal(2));
                }
            }
        }
        return out;
    }

    /** Removes what one run recorded: its file failed after some claims were recorded. */
    public void discard(UUID runId) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("DELETE FROM scrub_claim_history WHERE run_id = ?");
                PreparedStatement units = c.prepareStatement("DELETE FROM scrub_claim_units WHERE run_id = ?")) {
            ps.setObject(1, runId);
            ps.executeUpdate();
            units.setObject(1, runId);
            units.executeUpdate();
        }
    }

    /**
     * The latest accepted claim with the same duplicate key recorded within the window, other than the
     * claim's own submission (a file scrubbed again is not a duplicate of itself).
     */
    public Optional<Entry> earlierAccepted(ClaimFacts facts, Duration window) throws SQLException {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM scrub_claim_history"
                        + " WHERE duplicate_key = ? AND outcome = 'accepted' AND recorded_at >= ?"
                        + " AND NOT (sender_id = ? AND interchange_control = ? AND group_control = ?"
                        + " AND transaction_control = ? AND claim_ordinal = ?)"
                        + " ORDER BY recorded_at DESC, id DESC LIMIT 1")) {
            ps.setString(1, facts.duplicateKey());
            ps.setTimestamp(2, since);
            ps.setString(3, facts.senderId());
            ps.setString(4, facts.interchangeControl());
            ps.setString(5, facts.groupControl());
            ps.setString(6, facts.transactionControl());
            ps.setLong(7, facts.claimOrdinal());
            List<Entry> found = read(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Every recorded scrub of a claim id (CLM01), oldest first, at most {@code limit}. */
    public List<Entry> byClaimId(String claimId, int limit) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM scrub_claim_history"
                        + " WHERE claim_id = ? ORDER BY recorded_at, id LIMIT ?")) {
            ps.setString(1, claimId);
            ps.setInt(2, limit);
            return read(ps);
        }
    }

    private static List<Entry> read(PreparedStatement ps) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String rules = rs.getString("rejecting_rules");
                Date from = rs.getDate("service_from");
                Date to = rs.getDate("service_to");
                out.add(new Entry(rs.getString("claim_id"), rs.getString("file_name"),
                        rs.getTimestamp("recorded_at").toInstant(), "accepted".equals(rs.getString("outcome")),
                        rules.isEmpty() ? List.of() : List.of(rules.split(",")),
                        from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                        rs.getBigDecimal("total_charge"), rs.getInt("line_count"), rs.getString("billing_provider"),
                        rs.getString("interchange_control"), rs.getString("transaction_control")));
            }
        }
        return out;
    }

    /** NUMERIC(18,2) holds any charge an 837 can carry (18 digits); anything else is not stored. */
    private static BigDecimal chargeForColumn(BigDecimal charge) {
        if (charge == null || charge.precision() - charge.scale() > 16 || charge.scale() > 2) {
            return null;
        }
        return charge;
    }
}

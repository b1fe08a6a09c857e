package org.scrub837.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.scrub837.watch.SharedInputs;

/**
 * This node among the several sharing one inbox: its id ({@link #owner()}), the row saying it is alive
 * ({@code scrub_node}, refreshed by the inbox lock's keep-alive), and the decisions taken together with
 * the other nodes ({@link SharedInputs}): the content claim ({@code scrub_content_claim}) and the output
 * bases ({@code scrub_output_base}). Each decision is one statement, or one transaction, so two nodes
 * never both win: "new content or duplicate" is decided by whoever holds the content's claim, and a base
 * belongs to one input on every node. A claim of a node that has not refreshed its row for the lock's
 * maximum age (killed, or stopped) is taken over, measured with the database's clock.
 *
 * <p>Hashes, file names and base names only: no claim data.
 */
public final class InboxNode implements SharedInputs {

    private final Database db;
    private final UUID owner = UUID.randomUUID();
    private final long maxAgeMillis;
    private final SeenFileRecord seen;

    InboxNode(Database db, long maxAgeMillis) {
        this.db = db;
        this.maxAgeMillis = maxAgeMillis;
        this.seen = new SeenFileRecord(db);
    }

    public UUID owner() {
        return owner;
    }

    long maxAgeMillis() {
        return maxAgeMillis;
    }

    /** Says this node is alive (and registers it on first call). */
    void heartbeat(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scrub_node (owner, refreshed_at)"
                + " VALUES (?, clock_timestamp()) ON CONFLICT (owner) DO UPDATE SET refreshed_at = clock_timestamp()")) {
            ps.setObject(1, owner);
            ps.executeUpdate();
        }
    }

    /** Removes this node's row and claims (an orderly stop), and rows of nodes gone for long. */
    void leave(Connection c) throws SQLException {
        try (PreparedStatement claims = c.prepareStatement("DELETE FROM scrub_content_claim WHERE owner = ?");
                PreparedStatement node = c.prepareStatement("DELETE FROM scrub_node WHERE owner = ?")) {
            claims.setObject(1, owner);
            claims.executeUpdate();
            node.setObject(1, owner);
            node.executeUpdate();
        }
    }

    /** SQL condition: the node {@code alias.owner} has not said it is alive for the maximum age. */
    private static String ownerDead(String alias) {
        return "NOT EXISTS (SELECT 1 FROM scrub_node n WHERE n.owner = " + alias + ".owner"
                + " AND n.refreshed_at >= clock_timestamp() - (? * interval '1 millisecond'))";
    }

    @Override
    public String nameOf(String hash) throws IOException {
        try {
            return seen.nameOf(hash);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void record(String hash, String name) throws IOException {
        try {
            seen.record(hash, name);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean claimContent(String hash, String name) throws IOException {
        try (Connection c = db.connect()) {
            heartbeat(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scrub_content_claim AS k"
                    + " (content_hash, owner, file_name, claimed_at) VALUES (?, ?, ?, clock_timestamp())"
                    + " ON CONFLICT (content_hash) DO UPDATE SET owner = EXCLUDED.owner,"
                    + " file_name = EXCLUDED.file_name, claimed_at = EXCLUDED.claimed_at"
                    + " WHERE k.owner = EXCLUDED.owner OR " + ownerDead("k"))) {
                ps.setString(1, hash);
                ps.setObject(2, owner);
                ps.setString(3, name);
                ps.setLong(4, maxAgeMillis);
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void releaseContent(String hash) throws IOException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM scrub_content_claim WHERE content_hash = ? AND owner = ?")) {
            ps.setString(1, hash);
            ps.setObject(2, owner);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Base baseOf(String inputKey) throws IOException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT folder, base, state FROM scrub_output_base WHERE input_key = ?")) {
            ps.setString(1, inputKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Base(rs.getString(2), "done".equals(rs.getString(3)));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean claimBase(String folder, String base, String inputKey) throws IOException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scrub_output_base (folder, base, input_key, state, owner, updated_at)"
                        + " VALUES (?, ?, ?, 'writing', ?, clock_timestamp()) ON CONFLICT DO NOTHING")) {
            ps.setString(1, folder);
            ps.setString(2, base);
            ps.setString(3, inputKey);
            ps.setObject(4, owner);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void reopenBase(String inputKey) throws IOException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE scrub_output_base SET state = 'writing', owner = ?, updated_at = clock_timestamp()"
                        + " WHERE input_key = ?")) {
            ps.setObject(1, owner);
            ps.setString(2, inputKey);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public boolean finish(String hash, String inputKey, String seenName) throws IOException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                boolean held;
                try (PreparedStatement release = c.prepareStatement(
                        "DELETE FROM scrub_content_claim WHERE content_hash = ? AND owner = ?")) {
                    release.setString(1, hash);
                    release.setObject(2, owner);
                    held = release.executeUpdate() == 1;
                }
                if (seenName != null) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO scrub_seen_file (content_hash, file_name)"
                            + " VALUES (?, ?) ON CONFLICT (content_hash) DO NOTHING")) {
                        ps.setString(1, hash);
                        ps.setString(2, seenName);
                        ps.executeUpdate();
                    }
                }
                if (inputKey != null) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE scrub_output_base SET state = 'done',"
                            + " updated_at = clock_timestamp() WHERE input_key = ?")) {
                        ps.setString(1, inputKey);
                        ps.executeUpdate();
                    }
                }
                c.commit();
                return held;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static IOException unavailable(SQLException e) {
        return new IOException("the shared store is unavailable (SQL state " + e.getSQLState() + ")", e);
    }
}

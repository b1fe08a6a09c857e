package org.scrub837.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The record of file contents already processed, in the store, shared by every node: SHA-256 and
 * the name the content was first processed under. The database form of the single node's
 * {@code state/seen-files.tsv}; the first record of a content wins, as in the file.
 */
public final class SeenFileRecord {

    private final Database db;

    public SeenFileRecord(Database db) {
        this.db = db;
    }

    /** The name the content was first processed under, or null when new. */
    public String nameOf(String hash) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("SELECT file_name FROM scrub_seen_file WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Records a content as processed; a content already recorded keeps its first name. */
    public void record(String hash, String name) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("INSERT INTO scrub_seen_file (content_hash, file_name)"
                        + " VALUES (?, ?) ON CONFLICT (content_hash) DO NOTHING")) {
            ps.setString(1, hash);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }

    /** This record as the watch folder uses it (I/O errors for database errors, SQL state only). */
    public org.scrub837.watch.ContentRecord asContentRecord() {
        return new org.scrub837.watch.ContentRecord() {
            @Override
            public String nameOf(String hash) throws java.io.IOException {
                try {
                    return SeenFileRecord.this.nameOf(hash);
                } catch (SQLException e) {
                    throw new java.io.IOException("record of files seen unavailable (SQL state " + e.getSQLState() + ")", e);
                }
            }

            @Override
            public void record(String hash, String name) throws java.io.IOException {
                try {
                    SeenFileRecord.this.record(hash, name);
                } catch (SQLException e) {
                    throw new java.io.IOException("record of files seen unavailable (SQL state " + e.getSQLState() + ")", e);
                }
            }
        };
    }
}

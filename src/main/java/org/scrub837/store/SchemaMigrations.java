package org.scrub837.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/**
 * Brings the store's schema up to date: the plain SQL files {@code db/store/V<n>__*.sql} on the
 * class path, each run once, in order, in one transaction with its record in
 * {@code scrub_schema_version}. Several nodes starting together take a transaction-scoped advisory
 * lock first, so that one applies and the others find it done.
 *
 * <p>Why not Flyway or Liquibase: the schema is three tables, PostgreSQL only; a versioned SQL file
 * an operator's DBA can read and run by hand is all a migration tool would give us here, at the cost
 * of one more dependency (and Flyway's per-database modules) in a single runnable jar.
 */
public final class SchemaMigrations {

    /** The migrations in order; add new ones at the end, never edit one that was released. */
    static final List<String> FILES = List.of("V1__store.sql", "V2__claim_units.sql", "V3__responses.sql",
            "V4__exactly_once.sql");

    /** Advisory lock key: any constant no other application on the database uses ("s837"). */
    private static final long LOCK_KEY = 0x73383337L;

    private SchemaMigrations() {
    }

    /** The highest version applied after this call. */
    public static int apply(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                st.execute("CREATE TABLE IF NOT EXISTS scrub_schema_version (version INTEGER PRIMARY KEY, "
                        + "file TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
                int current = 0;
                try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM scrub_schema_version")) {
                    rs.next();
                    current = rs.getInt(1);
                }
                for (int i = current; i < FILES.size(); i++) {
                    String file = FILES.get(i);
                    st.execute(read(file));
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO scrub_schema_version (version, file) VALUES (?, ?)")) {
                        ps.setInt(1, i + 1);
                        ps.setString(2, file);
                        ps.executeUpdate();
                    }
                }
                c.commit();
                return Math.max(current, FILES.size());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static String read(String file) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("/db/store/" + file)) {
            if (in == null) {
                throw new IllegalStateException("schema file db/store/" + file + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

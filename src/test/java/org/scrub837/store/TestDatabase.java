package org.scrub837.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A PostgreSQL schema of its own for one test: the database at {@code -Dscrub.test.jdbc.url}
 * (default {@value #DEFAULT_URL}, user {@code -Dscrub.test.jdbc.user}, default postgres), with a
 * fresh schema that {@link #close()} drops. When the database cannot be reached the test is skipped
 * (a JUnit assumption) with a message saying so, so that a machine without PostgreSQL still passes.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL_PROPERTY = "scrub.test.jdbc.url";
    public static final String USER_PROPERTY = "scrub.test.jdbc.user";
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String baseUrl;
    private final String user;
    private final String schema;

    private TestDatabase(String baseUrl, String user, String schema) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.schema = schema;
    }

    /** A fresh schema, or the test is skipped when PostgreSQL is not there. */
    public static TestDatabase create() {
        String url = System.getProperty(URL_PROPERTY, DEFAULT_URL);
        String user = System.getProperty(USER_PROPERTY, "postgres");
        String schema = "scrub_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("connectTimeout", "3");
        try (Connection c = DriverManager.getConnection(url, login); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL not reachable at " + url + " (" + e.getSQLState()
                    + "): database test skipped; set -D" + URL_PROPERTY + " to run it");
        }
        return new TestDatabase(url, user, schema);
    }

    /** The JDBC URL of this schema. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String user() {
        return user;
    }

    /** scrub.jdbc.url and scrub.jdbc.user, as config/application.properties would hold them. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty(StoreSettings.URL, url());
        p.setProperty(StoreSettings.USER, user);
        return p;
    }

    /** The patient key secret tests give the store (scrub.history.patientKeySecretEnv's variable). */
    public static final String PATIENT_KEY_SECRET = "test-patient-key-secret-0123456789abcdef";

    /** The environment a store of the tests sees: the patient key secret under its default name. */
    public static Map<String, String> environment() {
        return Map.of(StoreSettings.DEFAULT_PATIENT_KEY_SECRET_ENV, PATIENT_KEY_SECRET);
    }

    public Database open() throws SQLException {
        return Database.open(new StoreSettings(url(), user, null, PATIENT_KEY_SECRET));
    }

    public ClaimStore store(String windowDays) throws SQLException {
        Properties p = properties();
        if (windowDays != null) {
            p.setProperty(ClaimStore.WINDOW_DAYS, windowDays);
        }
        return ClaimStore.open(p, environment()).orElseThrow();
    }

    /** Runs one SQL statement in this schema (for tests that age rows or count them). */
    public long update(String sql) throws SQLException {
        try (Connection c = open().connect(); Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    public long count(String sql) throws SQLException {
        try (Connection c = open().connect(); Statement st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * An open transaction holding {@code table} of this schema exclusively: whatever reads or writes
     * it waits until the returned connection is closed (to hold a node's work at a known point).
     */
    public Connection lockTable(String table) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        Connection c = DriverManager.getConnection(url(), login);
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
        }
        return c;
    }

    /** Sessions waiting for {@code table}, asked on the session of {@link #lockTable} holding it. */
    public static int sessionsWaitingOn(Connection lock, String table) throws SQLException {
        try (Statement st = lock.createStatement(); var rs = st.executeQuery(
                "SELECT count(*) FROM pg_locks WHERE relation = '" + table + "'::regclass AND NOT granted")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        try (Connection c = DriverManager.getConnection(baseUrl, login); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}

package org.scrub837.camel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.scrub837.store.Database;

/**
 * Readiness of the PostgreSQL store, when one is configured: DOWN while it cannot be reached (the
 * inbox would back up, every file waiting on the shared lock and the history). The message names the
 * SQL state only: a driver's message may quote the URL or a value.
 */
final class DatabaseHealthCheck extends AbstractHealthCheck {

    /** Seconds a probe may take before the database counts as unreachable. */
    private static final int TIMEOUT_SECONDS = 2;

    private final Database database;

    DatabaseHealthCheck(Database database) {
        super("scrub837", "database");
        this.database = database;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try (Connection c = database.connect()) {
            if (c.isValid(TIMEOUT_SECONDS)) {
                builder.up();
            } else {
                builder.message("the database did not answer within " + TIMEOUT_SECONDS + " s");
                builder.down();
            }
        } catch (SQLException e) {
            builder.message("the database cannot be reached (SQL state " + e.getSQLState() + ")");
            builder.down();
        }
    }
}

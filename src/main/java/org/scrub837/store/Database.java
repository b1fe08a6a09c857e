package org.scrub837.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL store: a data source and the schema brought up to date on opening. One per
 * process; the connections are opened per operation (the store is used once per file or claim
 * batch, far less often than a pool would pay for itself).
 */
public final class Database {

    private final DataSource dataSource;

    private Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Connects and applies the schema migrations that have not run yet. */
    public static Database open(StoreSettings settings) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(settings.url());
        if (settings.user() != null) {
            ds.setUser(settings.user());
        }
        if (settings.password() != null) {
            ds.setPassword(settings.password());
        }
        ds.setApplicationName("scrub837");
        ds.setConnectTimeout(10);
        Database db = new Database(ds);
        SchemaMigrations.apply(ds);
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }
}

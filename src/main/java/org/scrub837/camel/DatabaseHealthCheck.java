package org.scrub837.camel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.postgresql.ds.PGSimpleDataSource;
import org.scrub837.store.StoreSettings;

/**
 * Readiness of the PostgreSQL store, when one is configured: DOWN while it cannot be reached (the
 * inbox would back up, every file waiting on the shared lock and the history). The message names the
 * SQL state only: a driver's message may quote the URL or a value.
 *
 * <p>The database is probed on a thread of its own, every {@value #PROBE_EVERY_MILLIS} ms (a new
 * connection, as the store opens one per operation), and a check reports the last probe: asking
 * readiness never waits on the database. A probe still running after {@value #TIMEOUT_SECONDS} s
 * counts as DOWN at once (a database that accepts connections and never answers); the probe's own
 * connection gives up after {@value #PROBE_LIMIT_SECONDS} s, so a hanging database cannot hold the
 * probe thread, and the next probe sees the database come back.
 */
final class DatabaseHealthCheck extends AbstractHealthCheck implements AutoCloseable {

    /** Seconds a probe may take before the database counts as unreachable. */
    static final int TIMEOUT_SECONDS = 2;
    /** Seconds after which the probe's connection gives up (connect, log in, any answer). */
    static final int PROBE_LIMIT_SECONDS = 5;
    static final long PROBE_EVERY_MILLIS = 1000;

    /** What a probe found: up, or why not. */
    private record Probe(boolean up, String message) {
    }

    private final PGSimpleDataSource probes;
    private final ScheduledExecutorService prober;
    private volatile Probe last;
    /** System.nanoTime() when the running probe started; 0 while none runs. */
    private volatile long runningSince;

    DatabaseHealthCheck(StoreSettings store) {
        super("scrub837", "database");
        // a data source of its own, with limits the store's connections do not have: a probe must end
        probes = new PGSimpleDataSource();
        probes.setURL(store.url());
        if (store.user() != null) {
            probes.setUser(store.user());
        }
        if (store.password() != null) {
            probes.setPassword(store.password());
        }
        probes.setApplicationName("scrub837");
        probes.setConnectTimeout(PROBE_LIMIT_SECONDS);
        probes.setLoginTimeout(PROBE_LIMIT_SECONDS);
        probes.setSocketTimeout(PROBE_LIMIT_SECONDS);
        prober = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scrub837-database-probe");
            t.setDaemon(true);
            return t;
        });
        prober.scheduleWithFixedDelay(this::probe, 0, PROBE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        long since = runningSince;
        Probe p = last;
        if (since != 0 && System.nanoTime() - since > TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS)) {
            p = new Probe(false, "the database did not answer within " + TIMEOUT_SECONDS + " s");
        } else if (p == null) {
            p = new Probe(false, "the database has not been probed yet");
        }
        if (p.up()) {
            builder.up();
        } else {
            builder.message(p.message());
            builder.down();
        }
    }

    private void probe() {
        runningSince = Math.max(1, System.nanoTime());
        try (Connection c = probes.getConnection()) {
            last = c.isValid(TIMEOUT_SECONDS) ? new Probe(true, null)
                    : new Probe(false, "the database did not answer within " + TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            last = new Probe(false, "the database cannot be reached (SQL state " + e.getSQLState() + ")");
        } catch (RuntimeException e) {
            last = new Probe(false, "the database cannot be probed (" + e.getClass().getSimpleName() + ")");
        } finally {
            runningSince = 0;
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}

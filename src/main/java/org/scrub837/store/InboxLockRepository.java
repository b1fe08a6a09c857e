package org.scrub837.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The idempotent repository behind the inbox's {@code idempotent-changed} read lock when several
 * nodes share an inbox: a node holds a file by a row naming it as owner, refreshes its rows every
 * keep-alive interval, and a row not refreshed for the maximum age (its node died) may be taken
 * over by another node.
 *
 * <p>Why our own table rather than camel-sql's {@code JdbcOrphanLockAwareIdempotentRepository}: in
 * a test with three nodes, that repository's keep-alive (a batch UPDATE of the node's ids, with no
 * owner in the row) deadlocked between nodes, and a node whose keep-alive failed lost its files to
 * another node while still scrubbing them; it also judges age by each JVM's own clock, so clock
 * skew between machines moves the take-over time. Here every statement is one atomic statement
 * (taking a file is an INSERT ... ON CONFLICT that only takes over a stale row), a node refreshes
 * only rows it owns (no two nodes update the same row, so no deadlock), and age is measured with
 * the database's clock.
 */
public final class InboxLockRepository extends ServiceSupport implements IdempotentRepository {

    private static final Logger LOG = LoggerFactory.getLogger(InboxLockRepository.class);

    private final Database db;
    private final String processor;
    private final long maxAgeMillis;
    private final long keepAliveMillis;
    private final UUID owner = UUID.randomUUID();
    /** Ids this node holds; refreshed by the keep-alive. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService keepAlive;

    public InboxLockRepository(Database db, String processor, long maxAgeMillis, long keepAliveMillis) {
        this.db = db;
        this.processor = processor;
        this.maxAgeMillis = maxAgeMillis;
        this.keepAliveMillis = keepAliveMillis;
    }

    @Override
    public boolean add(String key) {
        // a new row, or a stale row of a dead node taken over; a live node's row is left alone
        String sql = "INSERT INTO scrub_inbox_lock (processor, message_id, owner, refreshed_at)"
                + " VALUES (?, ?, ?, clock_timestamp()) ON CONFLICT (processor, message_id) DO UPDATE"
                + " SET owner = EXCLUDED.owner, refreshed_at = EXCLUDED.refreshed_at"
                + " WHERE scrub_inbox_lock.refreshed_at < clock_timestamp() - (? * interval '1 millisecond')";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, processor);
            ps.setString(2, key);
            ps.setObject(3, owner);
            ps.setLong(4, maxAgeMillis);
            boolean taken = ps.executeUpdate() == 1;
            if (taken) {
                held.add(key);
            }
            return taken;
        } catch (SQLException e) {
            // not taken: the file stays for a later poll (the key is a path: no claim data)
            LOG.warn("inbox lock: could not take a file (SQL state {})", e.getSQLState());
            return false;
        }
    }

    @Override
    public boolean contains(String key) {
        String sql = "SELECT 1 FROM scrub_inbox_lock WHERE processor = ? AND message_id = ?"
                + " AND refreshed_at >= clock_timestamp() - (? * interval '1 millisecond')";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, processor);
            ps.setString(2, key);
            ps.setLong(3, maxAgeMillis);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            LOG.warn("inbox lock: could not look a file up (SQL state {})", e.getSQLState());
            return true; // when in doubt, the file is someone's
        }
    }

    @Override
    public boolean remove(String key) {
        held.remove(key);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM scrub_inbox_lock WHERE processor = ? AND message_id = ? AND owner = ?")) {
            ps.setString(1, processor);
            ps.setString(2, key);
            ps.setObject(3, owner);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            // the row is no longer refreshed, so it frees itself after the maximum age
            LOG.warn("inbox lock: could not release a file (SQL state {})", e.getSQLState());
            return false;
        }
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        held.clear();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM scrub_inbox_lock WHERE processor = ? AND owner = ?")) {
            ps.setString(1, processor);
            ps.setObject(2, owner);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("inbox lock: could not clear (SQL state {})", e.getSQLState());
        }
    }

    /**
     * Refreshes the rows this node holds (one statement, only rows it owns), and removes rows no node
     * refreshes any more: a dead node's, whose files have left the inbox or been taken over. A stale
     * row frees its file anyway; removing it only keeps the table small.
     */
    void refresh() {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM scrub_inbox_lock WHERE processor = ?"
                        + " AND refreshed_at < clock_timestamp() - (? * interval '1 millisecond')")) {
            ps.setString(1, processor);
            ps.setLong(2, maxAgeMillis);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("inbox lock: could not remove stale locks (SQL state {})", e.getSQLState());
        }
        if (held.isEmpty()) {
            return;
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE scrub_inbox_lock SET refreshed_at = clock_timestamp()"
                        + " WHERE processor = ? AND owner = ? AND message_id = ANY (?)")) {
            Array ids = c.createArrayOf("text", held.toArray());
            ps.setString(1, processor);
            ps.setObject(2, owner);
            ps.setArray(3, ids);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("inbox lock: keep-alive failed (SQL state {}); files held may be taken over after {} ms",
                    e.getSQLState(), maxAgeMillis);
        }
    }

    @Override
    protected void doStart() {
        keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scrub837-inbox-lock-keepalive");
            t.setDaemon(true);
            return t;
        });
        keepAlive.scheduleWithFixedDelay(this::refresh, keepAliveMillis, keepAliveMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        if (keepAlive != null) {
            keepAlive.shutdownNow();
        }
        clear(); // an orderly stop frees its files at once
    }
}

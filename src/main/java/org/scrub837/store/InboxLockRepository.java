package org.scrub837.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
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
 *
 * <p>A lock names the file it locks, not only its path (issue 25): the row's key is the path plus the
 * file's identity on its file system ({@code file_id}, the inode, read when the lock is taken), so a later
 * file of the same name is another lock, and its size and modification time are recorded beside it. Each
 * successful take is one acquisition with a token of its own, kept on the exchange: a release removes
 * only the row of its own acquisition. So Camel's release on abort after a failed take (which calls
 * {@code remove} for a file this exchange never held) removes nothing, and the delayed release of an
 * earlier file never removes the lock on a later file of the same name. A take also checks that the file
 * at the path is still the one listed, so a listing older than the release delay cannot take the
 * next file of that name under the earlier one's lock.
 */
public final class InboxLockRepository extends ServiceSupport implements IdempotentRepository {

    /** Exchange property holding the token of the lock this exchange took. */
    static final String TOKEN = "scrub837InboxLockToken";

    private static final Logger LOG = LoggerFactory.getLogger(InboxLockRepository.class);

    private final Database db;
    private final String processor;
    private final InboxNode node;
    private final long maxAgeMillis;
    private final long keepAliveMillis;
    private ScheduledExecutorService keepAlive;

    /** A repository with a node of its own (tests of the lock alone). */
    public InboxLockRepository(Database db, String processor, long maxAgeMillis, long keepAliveMillis) {
        this(db, processor, new InboxNode(db, maxAgeMillis), keepAliveMillis);
    }

    InboxLockRepository(Database db, String processor, InboxNode node, long keepAliveMillis) {
        this.db = db;
        this.processor = processor;
        this.node = node;
        this.maxAgeMillis = node.maxAgeMillis();
        this.keepAliveMillis = keepAliveMillis;
    }

    /** What the file at a path is right now: its identity on the file system, size and modification time. */
    record FileIdentity(String id, long size, Timestamp modified) {
        static final FileIdentity ABSENT = new FileIdentity("", -1, null);

        static FileIdentity of(String path) {
            try {
                Path p = Path.of(path);
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                Object inode = null;
                try {
                    inode = Files.getAttribute(p, "unix:ino");
                } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
                    inode = a.fileKey();
                }
                return new FileIdentity(inode == null ? "" : "ino:" + inode, a.size(),
                        new Timestamp(a.lastModifiedTime().toMillis()));
            } catch (NoSuchFileException | java.nio.file.InvalidPathException e) {
                return ABSENT;
            } catch (IOException e) {
                return ABSENT;
            }
        }
    }

    @Override
    public boolean add(String key) {
        return take(key, null) != null;
    }

    /**
     * Takes the file at {@code key} (its path) for this node: a new row for the path and the file's
     * identity, or the stale row of a dead node taken over. The token of this acquisition goes on the
     * exchange, for {@link #remove(Exchange, String)}.
     */
    @Override
    public boolean add(Exchange exchange, String key) {
        UUID token = take(key, exchange);
        if (token == null) {
            return false;
        }
        exchange.setProperty(TOKEN, token);
        return true;
    }

    private UUID take(String key, Exchange exchange) {
        FileIdentity file = FileIdentity.of(key);
        if (exchange != null && file != FileIdentity.ABSENT) {
            Long listedSize = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
            if (listedSize != null && listedSize != file.size()) {
                // the file changed since the listing (or another file took the name): a later poll lists it again
                return null;
            }
        }
        UUID token = UUID.randomUUID();
        // a new row, or a stale row of a dead node taken over; a live node's row is left alone
        String sql = "INSERT INTO scrub_inbox_lock AS l (processor, message_id, file_id, owner, refreshed_at,"
                + " file_size, file_modified, token) VALUES (?, ?, ?, ?, clock_timestamp(), ?, ?, ?)"
                + " ON CONFLICT (processor, message_id, file_id) DO UPDATE SET owner = EXCLUDED.owner,"
                + " refreshed_at = EXCLUDED.refreshed_at, file_size = EXCLUDED.file_size,"
                + " file_modified = EXCLUDED.file_modified, token = EXCLUDED.token"
                + " WHERE l.refreshed_at < clock_timestamp() - (? * interval '1 millisecond')";
        try (Connection c = db.connect()) {
            node.heartbeat(c);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, processor);
                ps.setString(2, key);
                ps.setString(3, file.id());
                ps.setObject(4, node.owner());
                if (file.size() < 0) {
                    ps.setNull(5, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(5, file.size());
                }
                ps.setTimestamp(6, file.modified());
                ps.setObject(7, token);
                ps.setLong(8, maxAgeMillis);
                return ps.executeUpdate() == 1 ? token : null;
            }
        } catch (SQLException e) {
            // not taken: the file stays for a later poll (the key is a path: no claim data)
            LOG.warn("inbox lock: could not take a file (SQL state {})", e.getSQLState());
            return null;
        }
    }

    @Override
    public boolean contains(String key) {
        String sql = "SELECT 1 FROM scrub_inbox_lock WHERE processor = ? AND message_id = ? AND file_id = ?"
                + " AND refreshed_at >= clock_timestamp() - (? * interval '1 millisecond')";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, processor);
            ps.setString(2, key);
            ps.setString(3, FileIdentity.of(key).id());
            ps.setLong(4, maxAgeMillis);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            LOG.warn("inbox lock: could not look a file up (SQL state {})", e.getSQLState());
            return true; // when in doubt, the file is someone's
        }
    }

    /**
     * Releases the lock this exchange took, and only that one: an exchange whose take failed holds
     * nothing (Camel calls this on abort after a failed take too), and a lock another acquisition took
     * since on a later file of the same name has another token.
     */
    @Override
    public boolean remove(Exchange exchange, String key) {
        UUID token = exchange.getProperty(TOKEN, UUID.class);
        if (token == null) {
            return false;
        }
        exchange.removeProperty(TOKEN);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM scrub_inbox_lock WHERE processor = ? AND token = ? AND owner = ?")) {
            ps.setString(1, processor);
            ps.setObject(2, token);
            ps.setObject(3, node.owner());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            // the row is no longer refreshed once this node stops: it frees itself after the maximum age
            LOG.warn("inbox lock: could not release a file (SQL state {})", e.getSQLState());
            return false;
        }
    }

    /** Releases this node's lock on the file now at {@code key} (without an exchange: tests, tools). */
    @Override
    public boolean remove(String key) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM scrub_inbox_lock WHERE processor = ? AND message_id = ? AND file_id = ? AND owner = ?")) {
            ps.setString(1, processor);
            ps.setString(2, key);
            ps.setString(3, FileIdentity.of(key).id());
            ps.setObject(4, node.owner());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
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
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM scrub_inbox_lock WHERE processor = ? AND owner = ?")) {
            ps.setString(1, processor);
            ps.setObject(2, node.owner());
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("inbox lock: could not clear (SQL state {})", e.getSQLState());
        }
    }

    /**
     * Says this node is alive and refreshes the rows it owns (one statement, only rows it owns: no two
     * nodes update the same row, so no deadlock), and removes rows no node refreshes any more: a dead
     * node's, whose files have left the inbox or been taken over. A stale row frees its file anyway;
     * removing it only keeps the table small.
     */
    void refresh() {
        try (Connection c = db.connect()) {
            node.heartbeat(c);
            try (PreparedStatement ps = c.prepareStatement("UPDATE scrub_inbox_lock SET refreshed_at = clock_timestamp()"
                    + " WHERE processor = ? AND owner = ?")) {
                ps.setString(1, processor);
                ps.setObject(2, node.owner());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.warn("inbox lock: keep-alive failed (SQL state {}); files held may be taken over after {} ms",
                    e.getSQLState(), maxAgeMillis);
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM scrub_inbox_lock WHERE processor = ?"
                        + " AND refreshed_at < clock_timestamp() - (? * interval '1 millisecond')")) {
            ps.setString(1, processor);
            ps.setLong(2, maxAgeMillis);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("inbox lock: could not remove stale locks (SQL state {})", e.getSQLState());
        }
    }

    @Override
    protected void doStart() {
        keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scrub837-inbox-lock-keepalive");
            t.setDaemon(true);
            return t;
        });
        // the id in scrub_node, scrub_inbox_lock and scrub_content_claim, for an operator looking at them
        LOG.info("inbox shared with other nodes: this node is {} (lock max age {} ms, keep-alive {} ms)",
                node.owner(), maxAgeMillis, keepAliveMillis);
        refresh();
        keepAlive.scheduleWithFixedDelay(this::refresh, keepAliveMillis, keepAliveMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        if (keepAlive != null) {
            keepAlive.shutdownNow();
        }
        clear(); // an orderly stop frees its files at once
        try (Connection c = db.connect()) {
            node.leave(c);
        } catch (SQLException e) {
            LOG.warn("inbox lock: could not leave (SQL state {})", e.getSQLState());
        }
    }
}

package org.scrub837.watch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs the state folder's records ({@code seen-files.tsv}, {@code output-bases.tsv}) to disk on a
 * thread of its own, right after they were appended to, so that the consumer that appended does not
 * wait for the disk.
 *
 * <p>Why not in the consumer: what the service promises holds against a crashed process (kill -9,
 * the OOM killer, a container stopped hard), and an append is in the kernel's page cache, where the
 * next process reads it, as soon as {@code write} returns; the sync only matters for power loss or a
 * kernel crash, which is not promised (the outputs themselves are renamed into place without a sync).
 * Done by the consumer, inside the locks that order the records, the two syncs per input were what
 * a watch folder of small files waited on: 2-25 ms each on a shared disk, one consumer at a time.
 * Here one sync covers every append made since the last one, at most about ten rounds a second.
 */
final class StateSync {

    private static final Logger LOG = LoggerFactory.getLogger(StateSync.class);

    /** Pause after a round of syncs: a record reaches the disk within about this much of its append. */
    private static final long ROUND_PAUSE_MILLIS = 100;
    /** Files appended to and not yet synced. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    /** Syncs made (for tests: a record did reach the syncer). */
    private static final AtomicLong SYNCS = new AtomicLong();
    private static final Thread SYNCER = new Thread(StateSync::run, "scrub837-state-sync");

    static {
        SYNCER.setDaemon(true);
        SYNCER.start();
    }

    private StateSync() {
    }

    /** Asks for {@code file} to be synced soon; returns at once. */
    static void request(Path file) {
        PENDING.add(file);
        LockSupport.unpark(SYNCER);
    }

    /** Syncs made so far, successful or not (for tests). */
    static long syncs() {
        return SYNCS.get();
    }

    private static void run() {
        while (true) {
            if (PENDING.isEmpty()) {
                LockSupport.park();
                continue;
            }
            List<Path> files = new ArrayList<>(PENDING);
            // removed before the sync: an append made during it asks again and is synced next round
            PENDING.removeAll(files);
            for (Path file : files) {
                sync(file);
                SYNCS.incrementAndGet();
            }
            // a pause before the next round lets it cover the appends of many inputs: each sync
            // commits the file system's journal, and a write to a page being written back waits
            // for it, so syncing after every append slowed the consumers' outputs down again
            // (a sleep: a request's unpark must not cut the pause short)
            try {
                Thread.sleep(ROUND_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sync(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // the state folder's own problems are the folder monitor's to report (readiness DOWN)
            LOG.debug("state file {} not synced: {}", file.getFileName(), e.getClass().getSimpleName());
        }
    }
}

package org.scrub837.watch;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the service's folders every few seconds while it runs and logs at ERROR when one goes
 * missing, stops being writable or fills up (once per problem, and at INFO when it is fixed):
 * the file consumer alone would go on polling a deleted inbox without a word.
 */
public final class FolderMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderMonitor.class);

    private final ServiceFolders folders;
    private final ScheduledExecutorService timer;
    private Set<String> known = new HashSet<>();

    public FolderMonitor(ServiceFolders folders, long periodMillis) {
        this.folders = folders;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scrub837-folder-monitor");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Compares with the last check and logs what changed; also the readiness probe's answer. */
    synchronized List<String> check() {
        List<String> now = folders.problems();
        for (String p : now) {
            if (!known.contains(p)) {
                LOG.error("folder problem: {}", p);
            }
        }
        for (String p : known) {
            if (!now.contains(p)) {
                LOG.info("folder problem solved: {}", p);
            }
        }
        known = new HashSet<>(now);
        return now;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

package org.scrub837.scrub;

import org.scrub837.settings.SettingsCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's progress on long files: one log line per file every interval while it is being
 * scrubbed ({@code progress file=... read=... of ... claims=... rate=...}), so that an operator
 * watching the log sees a large file advance. A file scrubbed within one interval logs no progress
 * line at all. The lines carry the file name, sizes and counts only.
 */
public final class LoggedProgress implements ScrubProgress {

    /** Setting: seconds between two progress lines of one file; 0 turns them off. */
    public static final String INTERVAL_KEY = SettingsCatalogue.PROGRESS_LOG_SECONDS.key();
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(
            Long.parseLong(SettingsCatalogue.PROGRESS_LOG_SECONDS.defaultValue()));

    private static final Logger LOG = LoggerFactory.getLogger(LoggedProgress.class);

    /** Writes one progress line; the log by default, a list in tests. */
    @FunctionalInterface
    interface Sink {
        void line(String fileName, long bytesRead, long size, long claims, double megabytesPerSecond);
    }

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sink sink;

    LoggedProgress(Duration interval, LongSupplier clock, Sink sink) {
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
        this.sink = sink;
    }

    /** Progress lines every {@code interval}; {@link ScrubProgress#NONE} for a zero interval. */
    public static ScrubProgress every(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return ScrubProgress.NONE;
        }
        return new LoggedProgress(interval, System::nanoTime, (file, read, size, claims, rate) -> LOG.info(
                "progress file={} read={} of {} ({}%) claims={} rate={} MB/s", file, megabytes(read),
                size < 0 ? "?" : megabytes(size), size > 0 ? Math.min(100, read * 100 / size) : "?", claims,
                String.format(Locale.ROOT, "%.1f", rate)));
    }

    /**
     * The interval a setting value names (whole seconds; null or blank for the default).
     *
     * @throws IllegalArgumentException naming the setting when the value is not a whole number
     */
    public static Duration interval(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_INTERVAL;
        }
        try {
            long s = Long.parseLong(seconds.trim());
            if (s < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(INTERVAL_KEY + " must be a whole number of seconds (0 = off): '"
                    + seconds.trim() + "'");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    @Override
    public File start(Path input) {
        long size;
        try {
            size = Files.size(input);
        } catch (IOException e) {
            size = -1;
        }
        return new FileProgress(input.getFileName().toString(), size, clock.getAsLong());
    }

    private final class FileProgress implements File {
        private final String fileName;
        private final long size;
        private final long started;
        private final AtomicLong next;
        private final AtomicLong read = new AtomicLong();
        private final AtomicLong claims = new AtomicLong();

        FileProgress(String fileName, long size, long started) {
            this.fileName = fileName;
            this.size = size;
            this.started = started;
            this.next = new AtomicLong(started + intervalNanos);
        }

        @Override
        public void bytesRead(long offset) {
            read.accumulateAndGet(offset, Math::max);
            maybeLog();
        }

        @Override
        public void claimDone() {
            claims.incrementAndGet();
            maybeLog();
        }

        private void maybeLog() {
            long now = clock.getAsLong();
            long due = next.get();
            if (now < due || !next.compareAndSet(due, now + intervalNanos)) {
                return; // not yet, or another thread logs this one
            }
            long bytes = read.get();
            double seconds = (now - started) / 1e9;
            sink.line(fileName, bytes, size, claims.get(), seconds > 0 ? bytes / 1e6 / seconds : 0);
        }
    }
}

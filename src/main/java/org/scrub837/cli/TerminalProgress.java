package org.scrub837.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.scrub837.scrub.ScrubProgress;

/**
 * replay's progress line on standard error, for a person at a terminal: bytes and claims done over
 * the whole run, the rate, and the time left, redrawn in place at most every
 * {@link #REDRAW_NANOS}. The cursor is left at the start of the line, so that whatever is printed
 * next (a log line) writes over it; {@link #above} clears it before replay's per-file line.
 * Fed from the scrub's threads; safe for several files at once.
 */
final class TerminalProgress implements ScrubProgress {

    static final long REDRAW_NANOS = 250_000_000L;
    /** No time left is guessed before this much of the run. */
    private static final long SETTLE_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final long totalBytes;
    private final LongSupplier clock;
    private final long started;
    private final Map<Path, AtomicLong> reading = new ConcurrentHashMap<>();
    private final AtomicLong finishedBytes = new AtomicLong();
    private final AtomicLong claims = new AtomicLong();
    private volatile long nextDraw;
    private int drawnLength;

    /**
     * @param totalBytes the size of every input of the run
     * @param clock      nanoseconds, as {@link System#nanoTime()}
     */
    TerminalProgress(PrintWriter err, long totalBytes, LongSupplier clock) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.nextDraw = started;
    }

    /** Whether standard error is a terminal (Linux: fd 2 is a tty device; elsewhere: there is a console). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public File start(Path input) {
        AtomicLong offset = new AtomicLong();
        reading.put(input, offset);
        return new File() {
            @Override
            public void bytesRead(long position) {
                offset.accumulateAndGet(position, Math::max);
                tick();
            }

            @Override
            public void claimDone() {
                claims.incrementAndGet();
                tick();
            }

            @Override
            public void finished() {
                reading.remove(input);
                long size;
                try {
                    size = Files.size(input);
                } catch (IOException e) {
                    size = offset.get();
                }
                finishedBytes.addAndGet(size);
                tick();
            }
        };
    }

    private void tick() {
        if (clock.getAsLong() >= nextDraw) {
            draw();
        }
    }

    /** Redraws the line now. */
    synchronized void draw() {
        long now = clock.getAsLong();
        nextDraw = now + REDRAW_NANOS;
        write(line(now));
    }

    /** The progress line as it reads at {@code now}. */
    String line(long now) {
        long done = finishedBytes.get();
        for (AtomicLong offset : reading.values()) {
            done += offset.get();
        }
        done = Math.min(done, totalBytes);
        long elapsed = now - started;
        StringBuilder b = new StringBuilder("scrub837: ");
        b.append(megabytes(done)).append(" of ").append(megabytes(totalBytes));
        if (totalBytes > 0) {
            b.append(" (").append(done * 100 / totalBytes).append("%)");
        }
        long c = claims.get();
        b.append(", ").append(String.format(Locale.ROOT, "%,d", c)).append(c == 1 ? " claim" : " claims");
        if (elapsed > 0 && done > 0) {
            double perSecond = done / (elapsed / 1e9);
            b.append(", ").append(String.format(Locale.ROOT, "%.1f MB/s", perSecond / 1e6));
            long left = (long) ((totalBytes - done) / perSecond);
            if (elapsed >= SETTLE_NANOS && left >= 1) {
                b.append(", about ").append(duration(left)).append(" left");
            }
        }
        return b.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds / 60 % 60 + " min";
    }

    /** Clears the line, prints what {@code print} prints, and lets the next tick redraw. */
    synchronized void above(Runnable print) {
        clear();
        print.run();
        nextDraw = 0;
    }

    /** Removes the line: the run is over. */
    synchronized void clear() {
        if (drawnLength > 0) {
            err.print(" ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    private void write(String text) {
        // pad over a longer previous line; leave the cursor at the start for whatever comes next
        err.print(text + " ".repeat(Math.max(0, drawnLength - text.length())) + "\r");
        err.flush();
        drawnLength = text.length();
    }
}

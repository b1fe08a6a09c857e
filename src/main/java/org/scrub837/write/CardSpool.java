package org.scrub837.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entries of a report (claim cards, summary entries) kept in file order until the report is
 * assembled, up to a number of entries and of bytes; beyond those, entries are only counted. The
 * bytes go to a {@link SpoolFile}; the end of each entry is remembered so that the report can take
 * a prefix of whole entries when an earlier section used part of the budget.
 */
final class CardSpool implements AutoCloseable {

    private final SpoolFile spool;
    private final int maxEntries;
    private final long maxBytes;
    private OutputStream out;
    private long[] ends = new long[16];
    private int kept;
    private long offered;
    private boolean full;

    CardSpool(Path target, String purpose, int maxEntries, long maxBytes) {
        this.spool = new SpoolFile(target, purpose);
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** Whether another entry would be kept: when not, the caller need not even render it. */
    boolean accepting() {
        return !full && kept < maxEntries;
    }

    /** Counts an entry, and keeps it while both bounds allow (once one entry is refused, all later ones are). */
    void offer(String entry) throws IOException {
        offered++;
        if (!accepting()) {
            return;
        }
        byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
        long end = bytes() + bytes.length;
        if (end > maxBytes) {
            full = true; // later entries in file order would be out of order; stop here
            return;
        }
        if (out == null) {
            out = spool.output();
        }
        out.write(bytes);
        if (kept == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[kept++] = end;
    }

    /** Entries offered, kept or not. */
    long offered() {
        return offered;
    }

    /** Entries kept. */
    int kept() {
        return kept;
    }

    /** Bytes of the entries kept. */
    long bytes() {
        return kept == 0 ? 0 : ends[kept - 1];
    }

    /** How many of the first entries fit in {@code entries} entries and {@code bytes} bytes. */
    int fitting(long entries, long bytes) {
        int n = (int) Math.min(kept, Math.max(0, entries));
        while (n > 0 && ends[n - 1] > bytes) {
            n--;
        }
        return n;
    }

    /** Copies the first {@code entries} entries kept to {@code target}. */
    void copy(int entries, OutputStream target) throws IOException {
        if (entries <= 0) {
            return;
        }
        out.flush();
        long remaining = ends[entries - 1];
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = spool.input()) {
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    throw new IOException("the report's spool ended early");
                }
                target.write(buffer, 0, n);
                remaining -= n;
            }
        }
    }

    @Override
    public void close() {
        spool.close();
    }
}

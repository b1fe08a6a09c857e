package org.scrub837.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes X12 segments as ASCII bytes, counting the bytes written and the segments since the last
 * ST, so that SE01 comes out right. Elements are appended one by one; an element is written even
 * when empty, so callers never end a segment on an empty element.
 */
final class SegmentOut implements Closeable {

    static final char ELEMENT = '*';
    static final char COMPONENT = ':';
    static final char REPETITION = '^';
    static final char TERMINATOR = '~';

    private final OutputStream out;
    private final String suffix;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private final StringBuilder segment = new StringBuilder(128);
    private long bytes;
    private int transactionSegments;

    SegmentOut(OutputStream out, boolean lineBreaks) {
        this.out = out;
        this.suffix = lineBreaks ? "\n" : "";
    }

    SegmentOut start(String tag) {
        segment.setLength(0);
        segment.append(tag);
        return this;
    }

    SegmentOut el(String value) {
        segment.append(ELEMENT).append(value);
        return this;
    }

    SegmentOut el(long value) {
        segment.append(ELEMENT).append(value);
        return this;
    }

    /** An amount in cents, written as dollars with two decimals. */
    SegmentOut amount(long cents) {
        segment.append(ELEMENT);
        appendAmount(segment, cents);
        return this;
    }

    static void appendAmount(StringBuilder sb, long cents) {
        sb.append(cents / 100).append('.');
        long rest = cents % 100;
        if (rest < 10) {
            sb.append('0');
        }
        sb.append(rest);
    }

    /** Ends the segment: terminator, optional line break, counted. */
    void end() throws IOException {
        segment.append(TERMINATOR).append(suffix);
        int length = segment.length();
        if (used + length > buffer.length) {
            flushBuffer();
        }
        for (int i = 0; i < length; i++) {
            buffer[used++] = (byte) segment.charAt(i);
        }
        bytes += length;
        transactionSegments++;
    }

    /** Call right before writing ST. */
    void resetTransactionCount() {
        transactionSegments = 0;
    }

    int transactionSegments() {
        return transactionSegments;
    }

    long bytes() {
        return bytes;
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.close();
    }
}

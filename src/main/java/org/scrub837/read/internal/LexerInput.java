package org.scrub837.read.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The input as StAEDI's lexer reads it: one byte per call. Given a stream that cannot mark, StAEDI
 * 1.26.0 wraps it in a {@link java.io.BufferedInputStream}, whose {@code read()} takes a lock for
 * every byte (JDK 17, no biased locking): a few hundred milliseconds per 100 MB on the parse thread.
 * This buffer marks (the lexer marks to look past trailing whitespace) and does not lock: one
 * reader thread owns it. It fills from the input in chunks of the size the JDK's buffer used, so the
 * {@link GuardedInputStream} beneath counts bytes at the same points as before.
 */
final class LexerInput extends InputStream {

    /** {@code BufferedInputStream}'s default size: the chunk StAEDI's own wrapper read. */
    static final int CHUNK = 8192;

    private final InputStream in;
    private byte[] buffer = new byte[CHUNK];
    private int position;
    private int end;
    private int mark = -1;
    private int markLimit;

    LexerInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (position >= end && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= end && !fill()) {
            return -1;
        }
        int n = Math.min(length, end - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }

    /** Reads the next chunk behind what is buffered, keeping a marked stretch; false at the end of input. */
    private boolean fill() throws IOException {
        if (mark < 0 || position - mark >= markLimit) {
            mark = -1;
            position = 0;
            end = 0;
        } else if (mark > 0) {
            int kept = end - mark;
            System.arraycopy(buffer, mark, buffer, 0, kept);
            position -= mark;
            end = kept;
            mark = 0;
        } else if (end == buffer.length) {
            byte[] larger = new byte[buffer.length * 2];
            System.arraycopy(buffer, 0, larger, 0, end);
            buffer = larger;
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n <= 0) {
            return false;
        }
        end += n;
        return true;
    }

    @Override
    public int available() throws IOException {
        return (end - position) + in.available();
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int limit) {
        mark = position;
        markLimit = limit;
    }

    @Override
    public void reset() throws IOException {
        if (mark < 0) {
            throw new IOException("reset without a mark");
        }
        position = mark;
    }

    /** The caller owns the underlying stream (StAEDI's reader is never closed for that reason). */
    @Override
    public void close() {
        // not closed here
    }
}

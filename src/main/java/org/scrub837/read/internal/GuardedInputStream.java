package org.scrub837.read.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.scrub837.read.ReaderLimits;

/**
 * Counts the bytes of the input as StAEDI pulls them and stops at the file size and segment length
 * limits, before StAEDI buffers an endless segment or a runaway stream.
 */
final class GuardedInputStream extends FilterInputStream {

    private final ReaderLimits limits;
    private final int terminator;
    private long bytes;
    private long segmentLength;
    private long segments;

    /**
     * @param terminator the segment terminator byte declared by the first ISA, or -1 when not known
     *                   (then only the file size is checked)
     */
    GuardedInputStream(InputStream in, ReaderLimits limits, int terminator) {
        super(in);
        this.limits = limits;
        this.terminator = terminator;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // StAEDI does not skip; reading through keeps the counts exact
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int b) throws LimitExceededException {
        if (++bytes > limits.maxFileBytes()) {
            throw new LimitExceededException("file size exceeds the maximum " + limits.maxFileBytes()
                    + " bytes (" + ReaderLimits.MAX_FILE_BYTES + ")", segments + 1);
        }
        if (terminator < 0) {
            return;
        }
        if (b == terminator) {
            segments++;
            segmentLength = 0;
        } else if (++segmentLength > limits.maxSegmentLength()) {
            throw new LimitExceededException("segment length " + segmentLength + " exceeds the maximum "
                    + limits.maxSegmentLength() + " (" + ReaderLimits.MAX_SEGMENT_LENGTH + ")", segments + 1);
        }
    }
}

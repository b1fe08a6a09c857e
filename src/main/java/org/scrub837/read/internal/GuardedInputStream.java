package org.scrub837.read.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.scrub837.read.ReaderLimits;

/**
 * Counts the bytes of the input as StAEDI pulls them: stops at the file size and segment length
 * limits before StAEDI buffers an endless segment or a runaway stream, and keeps track of which
 * envelopes are open so that a file that ends too soon can be told apart (StAEDI only says
 * "unexpected end of stream").
 *
 * <p>A DOS end-of-file character (Ctrl-Z, 0x1A) after an IEA, where only whitespace may stand, is
 * dropped: some practice-management systems still write one at the end of an export, and StAEDI
 * would refuse the whole file for it. Inside an interchange it is passed on (and refused there).
 */
final class GuardedInputStream extends FilterInputStream {

    /** StAEDI 1.26.0 holds one element (component, repetition) in a 4096-character buffer. */
    static final int PARSER_MAX_ELEMENT_LENGTH = 4096;

    private final ReaderLimits limits;
    private final int terminator;
    private final int elementSeparator;
    private final int componentSeparator;
    private final int repetitionSeparator;
    private long bytes;
    private long segmentLength;
    private long elementLength;
    /** The chunk being counted, so that a length can be counted on past the byte that broke a limit. */
    private byte[] chunk;
    private int chunkIndex;
    private int chunkEnd;
    private long segments;
    private final StringBuilder tag = new StringBuilder(3);
    private boolean readingTag = true;
    private boolean partial;
    private int openEnvelopes;
    private int utf8Pending;
    private long firstInvalidUtf8Segment;
    private long firstFourByteSegment;
    private boolean transactionOpen;
    private boolean groupOpen;

    /**
     * @param terminator       the segment terminator byte declared by the first ISA, or -1 when not
     *                         known (then only the file size is checked)
     * @param elementSeparator the element separator byte of the first ISA, or -1
     * @param componentSeparator the component separator byte (ISA16), or -1
     * @param repetitionSeparator the repetition separator byte (ISA11), or -1 when none
     */
    GuardedInputStream(InputStream in, ReaderLimits limits, int terminator, int elementSeparator,
            int componentSeparator, int repetitionSeparator) {
        super(in);
        this.limits = limits;
        this.terminator = terminator;
        this.elementSeparator = elementSeparator;
        this.componentSeparator = componentSeparator;
        this.repetitionSeparator = repetitionSeparator;
    }

    /** The DOS end-of-file character. */
    static final int CTRL_Z = 0x1A;

    @Override
    public int read() throws IOException {
        int b;
        do {
            b = super.read();
            if (b >= 0) {
                count(b);
            }
        } while (b == CTRL_Z && betweenInterchanges());
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int kept;
        int n;
        do {
            n = super.read(buffer, offset, length);
            chunk = buffer;
            chunkEnd = offset + Math.max(n, 0);
            kept = offset;
            for (chunkIndex = offset; chunkIndex < chunkEnd; chunkIndex++) {
                int b = buffer[chunkIndex] & 0xFF;
                boolean drop = b == CTRL_Z && betweenInterchanges();
                count(b);
                if (!drop) {
                    buffer[kept++] = (byte) b;
                }
            }
            chunk = null;
            // a read of dropped bytes only must not look like a read of nothing: read on
        } while (n > 0 && kept == offset);
        return n < 0 ? n : kept - offset;
    }

    /** After an IEA and before anything else: where only whitespace (and a Ctrl-Z) may stand. */
    private boolean betweenInterchanges() {
        return segments > 0 && openEnvelopes == 0 && !partial;
    }

    @Override
    public long skip(long n) throws IOException {
        // reading through keeps the counts exact
        byte[] discard = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        int read = read(discard, 0, discard.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The caller owns the underlying stream. */
    @Override
    public void close() {
        // not closed here
    }

    /** The segment (1-based) holding the first byte sequence that is not UTF-8, or 0 when none so far. */
    long firstInvalidUtf8Segment() {
        return firstInvalidUtf8Segment;
    }

    /**
     * The segment (1-based) holding the first four-byte UTF-8 sequence (a character beyond U+FFFF,
     * such as an emoji), or 0 when none so far: StAEDI reads one UTF-16 unit per character and fails
     * on it with a buffer overflow.
     */
    long firstFourByteSegment() {
        return firstFourByteSegment;
    }

    /** Follows UTF-8 sequences to find where a byte that StAEDI's decoder will refuse sits. */
    private void checkUtf8(int b) {
        if (firstInvalidUtf8Segment != 0) {
            return;
        }
        boolean valid;
        if (utf8Pending > 0) {
            valid = (b & 0xC0) == 0x80;
            utf8Pending = valid ? utf8Pending - 1 : 0;
        } else if (b < 0x80) {
            valid = true;
        } else if (b >= 0xC2 && b <= 0xDF) {
            utf8Pending = 1;
            valid = true;
        } else if (b >= 0xE0 && b <= 0xEF) {
            utf8Pending = 2;
            valid = true;
        } else if (b >= 0xF0 && b <= 0xF4) {
            utf8Pending = 3;
            valid = true;
            if (firstFourByteSegment == 0) {
                firstFourByteSegment = segments + 1;
            }
        } else {
            valid = false;
        }
        if (!valid) {
            firstInvalidUtf8Segment = segments + 1;
        }
    }

    /** Segments whose terminator has been read. */
    long completedSegments() {
        return segments;
    }

    /** Whether data has been read after the last terminator (a segment without its terminator). */
    boolean partialSegment() {
        return partial;
    }

    /** The trailer the input still owes, judged from the segment tags read: SE, GE, IEA or null. */
    String expectedTrailer() {
        if (transactionOpen) {
            return "SE";
        }
        if (groupOpen) {
            return "GE";
        }
        return openEnvelopes > 0 ? "IEA" : null;
    }

    private void count(int b) throws LimitExceededException {
        if (++bytes > limits.maxFileBytes()) {
            throw new LimitExceededException(ReaderLimits.exceeded("file size", bytes, limits.maxFileBytes(),
                    ReaderLimits.MAX_FILE_BYTES), segments + 1);
        }
        checkUtf8(b);
        if (terminator < 0) {
            return;
        }
        boolean whitespace = b == ' ' || b == '\r' || b == '\n' || b == '\t';
        if ((whitespace || b == CTRL_Z && openEnvelopes == 0) && !partial) {
            return; // line breaks and indentation between segments are not part of a segment
        }
        if (b == terminator) {
            segments++;
            segmentLength = 0;
            elementLength = 0;
            endTag();
            readingTag = true;
            partial = false;
            return;
        }
        if (++segmentLength > limits.maxSegmentLength()) {
            throw new LimitExceededException(ReaderLimits.exceeded("segment length", lengthToTerminator(),
                    limits.maxSegmentLength(), ReaderLimits.MAX_SEGMENT_LENGTH), segments + 1);
        }
        partial = true;
        if (b == elementSeparator || b == componentSeparator || b == repetitionSeparator) {
            elementLength = 0;
        } else if (++elementLength > PARSER_MAX_ELEMENT_LENGTH) {
            throw new LimitExceededException("element length " + lengthToDelimiter() + " exceeds the maximum "
                    + PARSER_MAX_ELEMENT_LENGTH + " (fixed by the StAEDI parser, not configurable)", segments + 1);
        }
        if (whitespace) {
            return;
        }
        if (readingTag) {
            if (b == elementSeparator || tag.length() >= 3) {
                readingTag = false;
            } else {
                tag.append((char) b);
            }
        }
    }

    /** The next byte after the one being counted: from the current chunk, then from the input. */
    private int nextByte() throws IOException {
        if (chunk != null && chunkIndex + 1 < chunkEnd) {
            return chunk[++chunkIndex] & 0xFF;
        }
        chunk = null;
        return in.read();
    }

    /**
     * The full length of the segment that broke the limit, counted on without keeping the bytes
     * (reading stops there anyway), up to its terminator, the end of input or the file size limit.
     */
    private long lengthToTerminator() {
        long length = segmentLength;
        try {
            int b;
            while (bytes < limits.maxFileBytes() && (b = nextByte()) >= 0 && b != terminator) {
                bytes++;
                length++;
            }
        } catch (IOException e) {
            // the length so far is still the value met
        }
        return length;
    }

    /** The full length of the element that broke the parser's limit, counted as lengthToTerminator does. */
    private long lengthToDelimiter() {
        long length = elementLength;
        try {
            int b;
            while (bytes < limits.maxFileBytes() && (b = nextByte()) >= 0 && b != terminator && b != elementSeparator
                    && b != componentSeparator && b != repetitionSeparator) {
                bytes++;
                length++;
            }
        } catch (IOException e) {
            // the length so far is still the value met
        }
        return length;
    }

    /** Follows envelope headers and trailers by their tags. */
    /** Notes envelope tags; compares characters, not a new String per segment (this runs on every byte's path). */
    private void endTag() {
        int n = tag.length();
        char first = n > 0 ? tag.charAt(0) : 0;
        char second = n > 1 ? tag.charAt(1) : 0;
        if (n == 3 && first == 'I' && second == 'S' && tag.charAt(2) == 'A') {
            openEnvelopes = 1;
        } else if (n == 3 && first == 'I' && second == 'E' && tag.charAt(2) == 'A') {
            openEnvelopes = 0;
        } else if (n == 2 && second == 'S' && first == 'G') {
            groupOpen = true;
        } else if (n == 2 && second == 'E' && first == 'G') {
            groupOpen = false;
        } else if (n == 2 && first == 'S' && second == 'T') {
            transactionOpen = true;
        } else if (n == 2 && first == 'S' && second == 'E') {
            transactionOpen = false;
        }
        tag.setLength(0);
    }
}

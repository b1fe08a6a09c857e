package org.scrub837.read.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.scrub837.read.ReaderLimits;

/**
 * The input made ready for StAEDI: a UTF-8 byte-order mark before ISA is dropped (StAEDI fails on
 * it), and the ISA is looked at to learn the segment terminator and the line break written after
 * it, which StAEDI skips without telling.
 */
final class PreparedInput {

    private static final int PEEK = 4096;

    private final InputStream stream;
    private final String segmentSuffix;
    private final boolean empty;

    private PreparedInput(InputStream stream, String segmentSuffix, boolean empty) {
        this.stream = stream;
        this.segmentSuffix = segmentSuffix;
        this.empty = empty;
    }

    static PreparedInput of(InputStream raw, ReaderLimits limits) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 2 * PEEK);
        in.mark(PEEK + 8);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        int start = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.readNBytes(3);
            start = 3;
        }
        int terminatorIndex = terminatorIndex(head, start);
        int terminator = terminatorIndex < 0 ? -1 : head[terminatorIndex] & 0xFF;
        String suffix = terminatorIndex < 0 ? "" : suffix(head, terminatorIndex);
        boolean empty = head.length - start == 0;
        return new PreparedInput(new GuardedInputStream(in, limits, terminator), suffix, empty);
    }

    InputStream stream() {
        return stream;
    }

    /** "", "\n", "\r\n" (or "\r"): what follows the first segment terminator. */
    String segmentSuffix() {
        return segmentSuffix;
    }

    /** No byte at all (after a byte-order mark). */
    boolean empty() {
        return empty;
    }

    /**
     * The index of the ISA's segment terminator: the character after ISA16, which follows the 16th
     * element separator. Counting separators rather than assuming 106 characters also finds it in a
     * padded-wrong ISA. -1 when the head holds no ISA.
     */
    private static int terminatorIndex(byte[] head, int start) {
        int i = start;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i + 4 > head.length || head[i] != 'I' || head[i + 1] != 'S' || head[i + 2] != 'A') {
            return -1;
        }
        byte separator = head[i + 3];
        int seen = 0;
        for (int j = i + 3; j < head.length; j++) {
            if (head[j] == separator && ++seen == 16) {
                return j + 2 < head.length ? j + 2 : -1;
            }
        }
        return -1;
    }

    private static String suffix(byte[] head, int terminatorIndex) {
        byte terminator = head[terminatorIndex];
        if (terminator == '\r' || terminator == '\n') {
            return "";
        }
        int next = terminatorIndex + 1;
        if (next < head.length && head[next] == '\r') {
            return next + 1 < head.length && head[next + 1] == '\n' ? "\r\n" : "\r";
        }
        return next < head.length && head[next] == '\n' ? "\n" : "";
    }
}

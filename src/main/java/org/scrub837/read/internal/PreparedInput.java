package org.scrub837.read.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.scrub837.read.ReaderLimits;

/**
 * The input made ready for StAEDI: a UTF-8 byte-order mark before ISA is dropped (StAEDI fails on
 * it), and the ISA is looked at first, to learn the segment terminator and the line break written
 * after it (StAEDI skips it without telling), and to refuse what StAEDI would misread or report
 * poorly: no ISA, an ISA that is not 106 characters, letters or digits as delimiters.
 */
final class PreparedInput {

    private static final int PEEK = 4096;
    /** ISA is fixed length: tag, 16 separators, 16 fixed-width elements and the terminator. */
    private static final int ISA_LENGTH = 106;
    /** Index of ISA11 (repetition separator in 5010) in a fixed-length ISA. */
    private static final int ISA11 = 82;

    private final GuardedInputStream stream;
    private final String segmentSuffix;
    private final String problem;

    private PreparedInput(GuardedInputStream stream, String segmentSuffix, String problem) {
        this.stream = stream;
        this.segmentSuffix = segmentSuffix;
        this.problem = problem;
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
        int isa = start;
        while (isa < head.length && isWhitespace(head[isa])) {
            isa++;
        }
        String problem = null;
        int terminatorIndex = -1;
        if (isa >= head.length) {
            problem = "empty file: expected an X12 interchange starting with ISA";
        } else if (isa + 4 > head.length || head[isa] != 'I' || head[isa + 1] != 'S' || head[isa + 2] != 'A') {
            problem = "not an X12 interchange: the file does not start with ISA" + describeStart(head, isa);
        } else {
            terminatorIndex = terminatorIndex(head, isa);
            problem = checkIsa(head, isa, terminatorIndex);
        }
        int terminator = terminatorIndex < 0 ? -1 : head[terminatorIndex] & 0xFF;
        int separator = terminatorIndex < 0 ? -1 : head[isa + 3] & 0xFF;
        int component = terminatorIndex < 0 ? -1 : head[terminatorIndex - 1] & 0xFF;
        int repetition = problem != null || terminatorIndex < 0 ? -1 : repetitionSeparator(head[isa + ISA11]);
        String suffix = terminatorIndex < 0 ? "" : suffix(head, terminatorIndex);
        return new PreparedInput(new GuardedInputStream(in, limits, terminator, separator, component, repetition),
                suffix, problem);
    }

    GuardedInputStream stream() {
        return stream;
    }

    /** "", "\n", "\r\n" (or "\r"): what follows the first segment terminator. */
    String segmentSuffix() {
        return segmentSuffix;
    }

    /** Why the input cannot be read at all, found before parsing; null when none. */
    String problem() {
        return problem;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\r' || b == '\n' || b == '\t';
    }

    /** Names well-known formats dropped by mistake; never quotes the bytes themselves. */
    private static String describeStart(byte[] head, int at) {
        if (startsWith(head, at, "%PDF")) {
            return " (it starts like a PDF document)";
        }
        if (startsWith(head, at, "PK\u0003\u0004")) {
            return " (it starts like a ZIP archive)";
        }
        if (startsWith(head, at, "UNA") || startsWith(head, at, "UNB")) {
            return " (it starts like an EDIFACT interchange)";
        }
        if (startsWith(head, at, "<?xml") || startsWith(head, at, "<")) {
            return " (it starts like XML or HTML)";
        }
        return "";
    }

    private static boolean startsWith(byte[] head, int at, String prefix) {
        if (head.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[at + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the ISA's segment terminator: the character after ISA16, which follows the 16th
     * element separator; counting separators finds it even in an ISA of the wrong length. -1 when
     * the head holds no complete ISA.
     */
    private static int terminatorIndex(byte[] head, int isa) {
        byte separator = head[isa + 3];
        int seen = 0;
        for (int j = isa + 3; j < head.length; j++) {
            if (head[j] == separator && ++seen == 16) {
                return j + 2 < head.length ? j + 2 : -1;
            }
        }
        return -1;
    }

    private static String checkIsa(byte[] head, int isa, int terminatorIndex) {
        if (terminatorIndex < 0) {
            return "incomplete ISA: expected 16 elements separated by the character after ISA";
        }
        int length = terminatorIndex - isa + 1;
        if (length != ISA_LENGTH) {
            return "the ISA is " + length + " characters long: expected the fixed " + ISA_LENGTH
                    + " characters (ISA01-ISA16 padded to their fixed widths)";
        }
        String element = delimiterProblem("element separator", head[isa + 3]);
        String component = delimiterProblem("component separator (ISA16)", head[terminatorIndex - 1]);
        String segment = delimiterProblem("segment terminator", head[terminatorIndex]);
        if (element != null || component != null || segment != null) {
            return element != null ? element : component != null ? component : segment;
        }
        byte e = head[isa + 3];
        byte c = head[terminatorIndex - 1];
        byte s = head[terminatorIndex];
        if (e == c || e == s || c == s) {
            return "the ISA declares the same character for two delimiters: expected distinct element separator,"
                    + " component separator and segment terminator";
        }
        return null;
    }

    private static String delimiterProblem(String name, byte b) {
        char c = (char) (b & 0xFF);
        if (Character.isLetterOrDigit(c)) {
            return "the ISA declares a letter or digit as " + name
                    + ": expected a character that cannot occur in the data";
        }
        if (c == ' ') {
            return "the ISA declares a space as " + name + ": expected a character that cannot occur in the data";
        }
        return null;
    }

    /** ISA11 is the repetition separator in 5010; older senders leave "U" there, which is no delimiter. */
    private static int repetitionSeparator(byte isa11) {
        char c = (char) (isa11 & 0xFF);
        return Character.isLetterOrDigit(c) || c == ' ' ? -1 : c;
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

package org.scrub837.scrub.parallel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.scrub837.scrub.parallel.FileLayout.GroupPart;
import org.scrub837.scrub.parallel.FileLayout.InterchangePart;
import org.scrub837.scrub.parallel.FileLayout.TransactionPart;
import org.scrub837.read.InvalidEdiException;

/**
 * A cheap byte scan that finds where each interchange, group and ST..SE transaction of an X12 file
 * sits, so that transactions can be scrubbed in parallel and their outputs put back in input order.
 * It parses no element beyond the envelope control numbers: the delimiters come from the ISA's
 * fixed positions (element separator at byte 3, component separator at 104, segment terminator at
 * 105), and each segment is only scanned for its terminator. Memory holds the layout (a few objects
 * per transaction), never the file.
 *
 * <p>It checks the envelope nesting only (ISA GS ST .. SE GE IEA); counts and contents are left to
 * the reader. Line breaks and spaces between segments are skipped.
 */
public final class TransactionSplitter {

    private static final int ISA_LENGTH = 106;
    /** Enough of a segment to read the control numbers of ST, GS and their trailers. */
    private static final int HEAD_BYTES = 160;

    private final String fileName;
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    /** File offset of buf[0]. */
    private long base;

    private final byte[] head = new byte[HEAD_BYTES];
    private int headLength;
    private long segmentNumber;

    private byte element;
    private byte component;
    private byte terminator;
    private byte repetition;

    /** The whitespace skipped before the current segment (only its first few characters). */
    private final StringBuilder gap = new StringBuilder(4);
    private int gapLength;
    /** What follows the first ISA's terminator; null before it is known. */
    private String segmentSuffix;
    private String irregularity;

    private final List<InterchangePart> interchanges = new ArrayList<>();
    // The envelope being read; null when closed.
    private ByteRange isa;
    private long isaSegment;
    private String isaControl;
    private List<GroupPart> groups;
    private ByteRange gs;
    private long gsSegment;
    private String gsControl;
    private List<TransactionPart> transactions;
    private long stStart = -1;
    private String stControl;
    private int stSegments;

    private TransactionSplitter(InputStream in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    public static FileLayout split(Path file) throws IOException, InvalidEdiException {
        try (InputStream in = Files.newInputStream(file)) {
            return split(in, file.getFileName().toString());
        }
    }

    /** Scans a stream to its end; the stream is not closed. */
    public static FileLayout split(InputStream in, String fileName) throws IOException, InvalidEdiException {
        return new TransactionSplitter(in, fileName).scan();
    }

    /**
     * The bytes of one transaction wrapped in its own ISA and GS and a GE/IEA that count one group
     * and one transaction, so that the normal reader can scrub it on its own. Envelope segments are
     * followed by the file's line break, as in the file, so that the reader learns the same one. The stream reads the
     * file lazily; closing it closes the file.
     */
    public static InputStream openAsInterchange(Path file, FileLayout layout, TransactionPart transaction)
            throws IOException {
        InterchangePart interchange = layout.interchangeOf(transaction);
        GroupPart group = layout.groupOf(transaction);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            byte[] suffix = layout.segmentSuffix().getBytes(StandardCharsets.ISO_8859_1);
            int isaLength = (int) interchange.isa().length();
            int gsLength = (int) group.gs().length();
            byte[] header = new byte[isaLength + gsLength + 2 * suffix.length];
            readFully(channel, interchange.isa().start(), header, 0, isaLength);
            System.arraycopy(suffix, 0, header, isaLength, suffix.length);
            readFully(channel, group.gs().start(), header, isaLength + suffix.length, gsLength);
            System.arraycopy(suffix, 0, header, isaLength + suffix.length + gsLength, suffix.length);
            char e = interchange.element();
            String t = interchange.terminator() + layout.segmentSuffix();
            String trailer = layout.segmentSuffix() + "GE" + e + "1" + e + group.controlNumber() + t + "IEA" + e
                    + "1" + e + interchange.controlNumber() + t;
            InputStream body = new RangeInputStream(channel, transaction.range());
            return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(header), body,
                    new ByteArrayInputStream(trailer.getBytes(StandardCharsets.ISO_8859_1)))));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void readFully(FileChannel channel, long at, byte[] into, int offset, int length)
            throws IOException {
        ByteBuffer target = ByteBuffer.wrap(into, offset, length);
        long position = at;
        while (target.hasRemaining()) {
            int n = channel.read(target, position);
            if (n < 0) {
                throw new IOException("file shorter than its layout says");
            }
            position += n;
        }
    }

    private FileLayout scan() throws IOException, InvalidEdiException {
        skipByteOrderMark();
        boolean expectIsa = true;
        while (skipWhitespace()) {
            long start = offset();
            segmentNumber++;
            if (stStart < 0) {
                checkGap();
            }
            if (expectIsa) {
                readIsa(start);
                expectIsa = false;
                continue;
            }
            long end = readToTerminator(start);
            String tag = tag();
            switch (tag) {
                case "GS" -> startGroup(start, end);
                case "ST" -> startTransaction(start);
                case "SE" -> endTransaction(start, end);
                case "GE" -> endGroup(start, end);
                case "IEA" -> {
                    endInterchange(start, end);
                    expectIsa = true;
                }
                case "ISA" -> throw fail("ISA inside an open interchange", "IEA before the next ISA");
                default -> {
                    if (stStart < 0) {
                        throw fail(tag + " outside a transaction", "ST before it");
                    }
                    stSegments++;
                }
            }
        }
        if (isa != null) {
            String open = stStart >= 0 ? "SE" : gs != null ? "GE" : "IEA";
            throw fail("file ends inside an envelope", open);
        }
        if (interchanges.isEmpty()) {
            throw fail("no interchange found", "an ISA segment");
        }
        if (gapLength > 0 && !gap.toString().equals(segmentSuffix)) {
            irregular("the file ends with other whitespace than its line break");
        }
        return new FileLayout(List.copyOf(interchanges), segmentSuffix == null ? "" : segmentSuffix, irregularity);
    }

    /**
     * The whitespace between envelope segments (outside transactions) must be what follows the
     * first ISA, the line break the reader learns from it; anything else is noted as irregular.
     */
    private void checkGap() {
        String g = gapLength > gap.length() ? null : gap.toString();
        if (segmentNumber == 1) {
            if (gapLength > 0) {
                irregular("whitespace before the first ISA");
            }
        } else if (segmentSuffix == null) {
            if (g == null || !(g.isEmpty() || g.equals("\n") || g.equals("\r\n") || g.equals("\r"))) {
                irregular("unusual whitespace after the first ISA");
            }
            segmentSuffix = g == null ? "" : g;
        } else if (!segmentSuffix.equals(g)) {
            irregular("whitespace between envelope segments differs from the line break after the first ISA");
        }
    }

    private void irregular(String what) {
        if (irregularity == null) {
            irregularity = what + " (segment " + segmentNumber + ")";
        }
    }

    private void readIsa(long start) throws IOException, InvalidEdiException {
        byte[] isaBytes = new byte[ISA_LENGTH];
        for (int i = 0; i < ISA_LENGTH; i++) {
            if (pos == limit && !fill()) {
                throw fail("file ends inside the ISA segment", "a 106-character ISA");
            }
            isaBytes[i] = buf[pos++];
            if (i == 2 && (isaBytes[0] != 'I' || isaBytes[1] != 'S' || isaBytes[2] != 'A')) {
                throw fail("segment does not start with ISA", "an ISA segment");
            }
        }
        if (!interchanges.isEmpty() && (element != isaBytes[3] || component != isaBytes[104]
                || terminator != isaBytes[105] || repetition != isaBytes[82])) {
            irregular("an interchange declares other delimiters than the first");
        }
        element = isaBytes[3];
        component = isaBytes[104];
        terminator = isaBytes[105];
        repetition = isaBytes[82];
        String[] elements = new String(isaBytes, 0, ISA_LENGTH - 1, StandardCharsets.ISO_8859_1)
                .split(java.util.regex.Pattern.quote(String.valueOf((char) element)), -1);
        if (elements.length != 17) {
            throw fail("ISA has " + (elements.length - 1) + " elements", "16 elements in 106 characters");
        }
        isa = new ByteRange(start, start + ISA_LENGTH);
        isaSegment = segmentNumber;
        isaControl = elements[13];
        groups = new ArrayList<>();
    }

    private void startGroup(long start, long end) throws InvalidEdiException {
        if (gs != null) {
            throw fail("GS inside an open group", "GE before the next GS");
        }
        gs = new ByteRange(start, end);
        gsSegment = segmentNumber;
        gsControl = element(6);
        transactions = new ArrayList<>();
    }

    private void startTransaction(long start) throws InvalidEdiException {
        if (gs == null) {
            throw fail("ST outside a group", "GS before it");
        }
        if (stStart >= 0) {
            throw fail("ST inside an open transaction", "SE before the next ST");
        }
        stStart = start;
        stControl = element(2);
        stSegments = 1;
    }

    private void endTransaction(long start, long end) throws InvalidEdiException {
        if (stStart < 0) {
            throw fail("SE without ST", "ST before it");
        }
        stSegments++;
        transactions.add(new TransactionPart(interchanges.size(), groups.size(), transactions.size(),
                new ByteRange(stStart, end), stControl, stSegments));
        stStart = -1;
    }

    private void endGroup(long start, long end) throws InvalidEdiException {
        if (gs == null || stStart >= 0) {
            throw fail("GE " + (gs == null ? "without GS" : "inside an open transaction"), "SE, then GE");
        }
        groups.add(new GroupPart(gs, gsSegment, gsControl, List.copyOf(transactions), new ByteRange(start, end),
                headText()));
        gs = null;
    }

    private void endInterchange(long start, long end) throws InvalidEdiException {
        if (gs != null) {
            throw fail("IEA inside an open group", "GE before IEA");
        }
        interchanges.add(new InterchangePart(isa, isaSegment, isaControl, (char) element, (char) component,
                (char) terminator, List.copyOf(groups), new ByteRange(start, end), headText()));
        isa = null;
    }

    private InvalidEdiException fail(String found, String expected) {
        return new InvalidEdiException(fileName, segmentNumber, stStart >= 0 ? stSegments : 0,
                found + " at byte " + offset() + "; expected " + expected);
    }

    /** Reads to the segment terminator; keeps the first bytes in {@link #head}; returns the end offset. */
    private long readToTerminator(long start) throws IOException, InvalidEdiException {
        headLength = 0;
        byte t = terminator;
        while (true) {
            int i = pos;
            int end = limit;
            byte[] b = buf;
            while (i < end && b[i] != t) {
                i++;
            }
            if (headLength < HEAD_BYTES) {
                int n = Math.min(HEAD_BYTES - headLength, i - pos);
                System.arraycopy(b, pos, head, headLength, n);
                headLength += n;
            }
            if (i < end) {
                pos = i + 1;
                return offset();
            }
            pos = end;
            if (!fill()) {
                throw fail("file ends inside a segment", "segment terminator");
            }
        }
    }

    /** The current segment without its terminator, when it fits the head; else null. */
    private String headText() {
        int n = headLength;
        if (n >= HEAD_BYTES) {
            return null;
        }
        return new String(head, 0, n, StandardCharsets.ISO_8859_1);
    }

    private String tag() {
        int i = 0;
        while (i < headLength && head[i] != element) {
            i++;
        }
        return new String(head, 0, i, StandardCharsets.ISO_8859_1);
    }

    /** Element n (1-based) of the current segment's head, or "" when absent. */
    private String element(int n) {
        int field = 0;
        int start = 0;
        for (int i = 0; i <= headLength; i++) {
            if (i == headLength || head[i] == element) {
                if (field == n) {
                    return new String(head, start, i - start, StandardCharsets.ISO_8859_1);
                }
                field++;
                start = i + 1;
            }
        }
        return "";
    }

    private void skipByteOrderMark() throws IOException {
        if (limit - pos < 3) {
            fill();
        }
        if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
            pos += 3;
        }
    }

    /** Skips line breaks and blanks between segments; false at end of file. */
    private boolean skipWhitespace() throws IOException {
        gap.setLength(0);
        gapLength = 0;
        while (true) {
            while (pos < limit) {
                byte c = buf[pos];
                if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
                    return true;
                }
                if (gap.length() < 4) {
                    gap.append((char) c);
                }
                gapLength++;
                pos++;
            }
            if (!fill()) {
                return false;
            }
        }
    }

    private long offset() {
        return base + pos;
    }

    /** Moves unread bytes to the front and reads more; false when nothing more could be read. */
    private boolean fill() throws IOException {
        int remaining = limit - pos;
        System.arraycopy(buf, pos, buf, 0, remaining);
        base += pos;
        pos = 0;
        limit = remaining;
        int n = in.read(buf, limit, buf.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }

    /** Reads a byte range of a file channel; closing it closes the channel. */
    private static final class RangeInputStream extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        RangeInputStream(FileChannel channel, ByteRange range) {
            this.channel = channel;
            this.position = range.start();
            this.end = range.end();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n < 0) {
                return -1;
            }
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}

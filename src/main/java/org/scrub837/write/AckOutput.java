package org.scrub837.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

import org.scrub837.model.Delimiters;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;

/**
 * The X12 envelope of an acknowledgment file (999 or 277CA). Each segment is built as text and
 * written to the file in one piece; StAEDI's {@link EDIStreamWriter} under StAEDI's 00501 control
 * schema sees every envelope segment first and checks each envelope element and the GE/IEA counts
 * computed here (writing every character through StAEDI cost more than the rest of the writer).
 * Values are refused as StAEDI's writer refuses them. The check is made once per envelope: an
 * envelope StAEDI accepted whole (ISA to IEA) is remembered by what it takes from the input, and the
 * next acknowledgment of the same sender, receiver, delimiters and version is written without it
 * (see {@link EnvelopesChecked}). One interchange and one functional group per
 * file: the sender and receiver of the acknowledged input swap places, the input's delimiters are
 * kept (a value from the input cannot contain them), ISA14 asks for no acknowledgment, ISA15
 * repeats the input's usage indicator. Transaction control numbers (ST02) run 0001.. within the
 * file; ISA13 and GS06 come from {@link ControlNumbers}. Dates come from the given clock (UTC).
 */
final class AckOutput {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    /** The control characters StAEDI 1.26's writer refuses (besides 0x7F). */
    private static final boolean[] FORBIDDEN = new boolean[0x20];

    static {
        for (char c : new char[] {0x00, 0x08, 0x0E, 0x0F, 0x10, 0x18, 0x19, 0x1A, 0x1B}) {
            FORBIDDEN[c] = true;
        }
    }

    private final AtomicFile file;
    private final Utf8Out out;
    /**
     * StAEDI's writer under the 00501 control schema, writing nowhere: it validates the envelope
     * segments (values, control numbers, GE01/IEA01 against what it saw) before they are written,
     * as it did when it wrote the whole file one character at a time. It is not shown the segments
     * inside a transaction (it would not check them, and showing it their tags cost as much as
     * writing them), so SE01 is counted here alone.
     */
    private final EDIStreamWriter check;
    /** What the envelope takes from the input, remembered once StAEDI has accepted a whole envelope of it. */
    private final EnvelopesChecked.Key envelope;
    private final Delimiters delimiters;
    /** The repetition separator as StAEDI took it from the ISA written, or 0. */
    private final char repetition;
    /** The segment terminator and the line break StAEDI's pretty printing puts after it. */
    private final String terminator;
    private final StringBuilder line = new StringBuilder(256);
    private final LocalDateTime now;
    private final String isa13;
    private final String gs06;
    private int transactions;
    private int segmentsInTransaction;
    private String st02;

    /**
     * Opens the file and writes ISA and GS.
     *
     * @param functionalId  GS01: FA (999) or HN (277)
     * @param version       GS08, e.g. 005010X231A1
     */
    AckOutput(Path target, Interchange source, FunctionalGroup sourceGroup, String functionalId, String version,
            ControlNumbers numbers, Clock clock) throws IOException {
        this.delimiters = source.delimiters();
        this.now = LocalDateTime.now(clock);
        this.isa13 = numbers.interchange(source);
        this.gs06 = numbers.group(sourceGroup);
        List<String> in = source.elements();
        List<String> gs = sourceGroup.elements();
        this.envelope = new EnvelopesChecked.Key(delimiters.segment(), delimiters.element(), delimiters.component(),
                delimiters.repetition(), delimiters.segmentSuffix().isEmpty(), in.get(4), in.get(5), in.get(6),
                in.get(7), in.get(10), in.get(14), gs.get(1), gs.get(2), functionalId, version);
        Character accepted = EnvelopesChecked.repetition(envelope);
        this.terminator = delimiters.segment() + lineBreak(delimiters);
        this.file = AtomicFile.create(target);
        this.out = new Utf8Out(file.stream());
        boolean ok = false;
        try {
            this.check = accepted == null ? checkingWriter(delimiters) : null;
            if (check != null) {
                check.startInterchange();
            }
            envelopeSegment("ISA", "00", "          ", "00", "          ", in.get(6), in.get(7), in.get(4), in.get(5),
                    now.format(YYMMDD), now.format(HHMM), in.get(10), "00501", isa13, "0", in.get(14),
                    Character.toString(delimiters.component()));
            if (check != null) {
                Character rep = check.getDelimiters().get(EDIStreamConstants.Delimiters.REPETITION);
                this.repetition = rep == null ? 0 : rep;
            } else {
                this.repetition = accepted;
            }
            envelopeSegment("GS", functionalId, gs.get(2), gs.get(1), now.format(CCYYMMDD), now.format(HHMM), gs06,
                    "X", version);
            ok = true;
        } catch (EDIStreamException | RuntimeException e) {
            throw new IOException(target.getFileName() + ": cannot write the acknowledgment envelope: " + e.getMessage(), e);
        } finally {
            if (!ok) {
                file.discard();
            }
        }
    }

    /** StAEDI's writer under the 00501 control schema, with the input's delimiters, writing nowhere. */
    private static EDIStreamWriter checkingWriter(Delimiters delimiters) throws EDIStreamException {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, delimiters.segment());
        factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, delimiters.element());
        factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, delimiters.component());
        if (delimiters.repetition() != 0) {
            factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, delimiters.repetition());
        }
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, !delimiters.segmentSuffix().isEmpty());
        EDIStreamWriter writer = factory.createEDIStreamWriter(OutputStream.nullOutputStream());
        writer.setControlSchema(ControlSchema.X12_00501);
        return writer;
    }

    /**
     * What StAEDI's pretty printing writes after each terminator: the platform's line separator
     * when the input had line breaks, unless the separator contains the terminator itself.
     */
    private static String lineBreak(Delimiters delimiters) {
        if (delimiters.segmentSuffix().isEmpty()) {
            return "";
        }
        String separator = System.lineSeparator();
        return separator.indexOf(delimiters.segment()) >= 0 ? "" : separator;
    }

    LocalDateTime now() {
        return now;
    }

    String date() {
        return now.format(CCYYMMDD);
    }

    String time() {
        return now.format(HHMM);
    }

    /** Writes ST and returns its ST02. */
    String startTransaction(String id, String version) throws IOException {
        transactions++;
        st02 = String.format("%04d", transactions);
        segmentsInTransaction = 0;
        segment("ST", id, st02, version);
        return st02;
    }

    void endTransaction() throws IOException {
        segment("SE", Integer.toString(segmentsInTransaction + 1), st02);
        st02 = null;
    }

    /**
     * Writes one segment inside a transaction. An element is a String (empty = empty element) or a
     * String[] (a composite; empty components are kept, trailing empty ones dropped). Trailing empty
     * elements are dropped.
     */
    void segment(String tag, Object... elements) throws IOException {
        int last = elements.length;
        while (last > 0 && isEmpty(elements[last - 1])) {
            last--;
        }
        boolean envelope = check != null && ("ST".equals(tag) || "SE".equals(tag));
        try {
            if (envelope) {
                check.writeStartSegment(tag);
            }
            StringBuilder sb = line;
            sb.setLength(0);
            sb.append(tag);
            for (int i = 0; i < last; i++) {
                Object e = elements[i];
                sb.append(delimiters.element());
                if (e instanceof String[] composite) {
                    int lastComponent = composite.length;
                    while (lastComponent > 0 && isEmpty(composite[lastComponent - 1])) {
                        lastComponent--;
                    }
                    for (int c = 0; c < lastComponent; c++) {
                        if (c > 0) {
                            sb.append(delimiters.component());
                        }
                        if (!isEmpty(composite[c])) {
                            appendValue(sb, composite[c]);
                        }
                    }
                } else if (!isEmpty(e)) {
                    String value = (String) e;
                    if (envelope) {
                        // The check sees ST and SE only (without a transaction schema StAEDI checks
                        // nothing between them), so its SE01 is 2; the SE01 written is counted here.
                        check.writeElement(tag.equals("SE") && i == 0 ? "2" : value);
                    }
                    appendValue(sb, value);
                } else if (envelope) {
                    check.writeEmptyElement();
                }
            }
            if (envelope) {
                check.writeEndSegment();
            }
            sb.append(terminator);
            out.write(sb);
        } catch (EDIStreamException | IllegalArgumentException e) {
            // never quote values: they may be claim data
            throw new IOException(file.target().getFileName() + ": cannot write segment " + tag + ": "
                    + e.getClass().getSimpleName(), e);
        }
        if (st02 != null || "ST".equals(tag)) {
            segmentsInTransaction++;
        }
    }

    /**
     * Appends an element or component value, refusing what StAEDI's writer refuses: a delimiter
     * of the interchange inside the value (there is no release character in X12) and the control
     * characters StAEDI treats as invalid.
     */
    private void appendValue(StringBuilder sb, String value) throws EDIStreamException {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c < FORBIDDEN.length && FORBIDDEN[c] || c == 0x7F) {
                throw new EDIStreamException("Invalid character");
            }
            if (c == delimiters.segment() || c == delimiters.element() || c == delimiters.component()
                    || c == repetition) {
                throw new IllegalArgumentException("Value contains a separator");
            }
        }
        sb.append(value);
    }

    private static boolean isEmpty(Object e) {
        if (e == null) {
            return true;
        }
        if (e instanceof String s) {
            return s.isEmpty();
        }
        for (String c : (String[]) e) {
            if (c != null && !c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Writes an envelope segment (ISA, GS, GE, IEA) with every element, once StAEDI has checked it. */
    private void envelopeSegment(String tag, String... elements) throws EDIStreamException, IOException {
        if (check != null) {
            check.writeStartSegment(tag);
        }
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append(tag);
        for (String e : elements) {
            if (check != null) {
                check.writeElement(e);
            }
            sb.append(delimiters.element()).append(e);
        }
        if (check != null) {
            check.writeEndSegment();
        }
        sb.append(terminator);
        out.write(sb);
    }

    /** Writes GE and IEA and renames the file into place. */
    void commit() throws IOException {
        try {
            envelopeSegment("GE", Integer.toString(transactions), gs06);
            envelopeSegment("IEA", "1", isa13);
            if (check != null) {
                check.endInterchange();
                EnvelopesChecked.accepted(envelope, repetition);
            }
        } catch (EDIStreamException e) {
            throw new IOException(file.target().getFileName() + ": cannot close the acknowledgment: " + e.getMessage(), e);
        }
        file.commit();
    }

    void discard() {
        file.discard();
    }

    /** Splits a segment of the input into its elements (index 0 = tag). */
    static List<String> elementsOf(String segmentText, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= segmentText.length(); i++) {
            if (i == segmentText.length() || segmentText.charAt(i) == separator) {
                out.add(segmentText.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    static String element(List<String> elements, int index) {
        return index < elements.size() ? elements.get(index) : "";
    }

    /** StAEDI's X12 00501 control schema, parsed once per JVM (a schema is immutable once built). */
    private static final class ControlSchema {
        static final io.xlate.edi.schema.Schema X12_00501 = load();

        private static io.xlate.edi.schema.Schema load() {
            try {
                return SchemaFactory.newFactory().getControlSchema(EDIStreamConstants.Standards.X12,
                        new String[] {"00501"});
            } catch (EDISchemaException e) {
                throw new IllegalStateException("StAEDI's X12 00501 control schema cannot be loaded", e);
            }
        }
    }
}

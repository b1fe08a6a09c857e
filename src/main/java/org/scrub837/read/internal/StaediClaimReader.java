package org.scrub837.read.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.read.ReaderLimits;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * The StAEDI 1.26.0 claim reader. Stateless between calls: every read gets its own StAEDI reader
 * and session; the transaction schema is shared (immutable).
 */
public final class StaediClaimReader implements ClaimReader {

    private static final Pattern STAEDI_CODE = Pattern.compile("EDIE\\d{3}");

    private final ReaderLimits limits;
    private final Schema schema;

    public StaediClaimReader(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.schema = TransactionSchemas.x12_005010_837();
    }

    @Override
    public void read(InputStream in, String fileName, ClaimHandler handler) throws InvalidEdiException, IOException {
        PreparedInput input;
        try {
            input = PreparedInput.of(in, limits);
        } catch (LimitExceededException e) {
            throw new InvalidEdiException(fileName, e.fileSegmentPosition(), 0, e.getMessage(), e);
        }
        if (input.empty()) {
            throw new InvalidEdiException(fileName, 0, 0, "empty file: expected an X12 interchange starting with ISA");
        }
        EDIInputFactory factory = EDIInputFactory.newFactory();
        EDIStreamReader reader = factory.createEDIStreamReader(input.stream());
        Events events = new Events(reader);
        ReadSession session = new ReadSession(fileName, handler, limits, schema, input.segmentSuffix(), events);
        events.session = session;
        events.fileName = fileName;
        try {
            session.run();
        } catch (EDIStreamException e) {
            throw events.translate(e);
        }
        // the StAEDI reader is not closed: closing it would close the caller's stream
    }

    /** Pulls StAEDI events and turns every parser failure into an InvalidEdiException. */
    private static final class Events implements ReadSession.EventSource {
        private final EDIStreamReader reader;
        private ReadSession session;
        private String fileName;

        Events(EDIStreamReader reader) {
            this.reader = reader;
        }

        @Override
        public EDIStreamReader reader() {
            return reader;
        }

        @Override
        public boolean hasNext() throws EDIStreamException {
            try {
                return reader.hasNext();
            } catch (RuntimeException e) {
                throw new EDIStreamException("StAEDI failure", null, e);
            }
        }

        @Override
        public EDIStreamEvent next() throws EDIStreamException {
            try {
                return reader.next();
            } catch (RuntimeException e) {
                throw new EDIStreamException("StAEDI failure", null, e);
            }
        }

        InvalidEdiException translate(EDIStreamException e) throws IOException {
            LimitExceededException limit = LimitExceededException.find(e);
            if (limit != null) {
                return new InvalidEdiException(fileName, limit.fileSegmentPosition(),
                        session.transactionPosition(limit.fileSegmentPosition()), limit.getMessage(), e);
            }
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                if (c instanceof IOException) {
                    throw (IOException) c; // the input itself failed: not the file's fault
                }
            }
            long position = session.failurePosition();
            return new InvalidEdiException(fileName, position, session.transactionPosition(position), reason(e), e);
        }

        /** What went wrong and what was expected, from StAEDI's error code; never quotes the data. */
        private String reason(EDIStreamException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher m = STAEDI_CODE.matcher(message);
            String code = m.find() ? m.group() : "";
            String tag = session.currentSegmentTag();
            String previous = session.lastEndedTag();
            String where = tag != null ? "in segment " + safeTag(tag)
                    : previous != null ? "after segment " + safeTag(previous) : "at the start of the file";
            switch (code) {
                case "EDIE002":
                    return "not a readable X12 interchange header: expected ISA with 16 elements declaring the"
                            + " delimiters (" + code + ")";
                case "EDIE003":
                    return "unreadable segment " + where + ": expected a segment identifier of 2 or 3 capital"
                            + " letters or digits followed by the element separator (" + code + ")";
                case "EDIE004":
                    return "invalid character " + where + ": expected data or a declared delimiter (" + code + ")";
                case "EDIE005":
                    return "the file ends before the end of the interchange: expected "
                            + (tag != null ? "the segment terminator" : session.inTransaction() ? "SE"
                                    : session.inGroup() ? "GE" : session.inInterchange() ? "IEA" : "ISA")
                            + " (" + code + ")";
                default:
                    return "unreadable X12 " + where + ": expected a well-formed segment (" + (code.isEmpty()
                            ? rootCause(e).getClass().getSimpleName() : code) + ")";
            }
        }

        private static Throwable rootCause(Throwable t) {
            Throwable c = t;
            while (c.getCause() != null && c.getCause() != c) {
                c = c.getCause();
            }
            return c;
        }

        private static String safeTag(String tag) {
            return tag.matches("[A-Za-z0-9]{1,3}") ? tag : "?";
        }
    }
}

package org.scrub837.read.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.ClaimReaders;
import org.scrub837.read.EdiSource;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.read.ReaderLimits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * The StAEDI 1.26.0 claim reader. Stateless between calls: every read gets its own StAEDI reader
 * and session; the transaction schema is shared (immutable).
 *
 * <p>Two ways to read. The validating pass sets the reader's 837 schema on StAEDI at every ST, and
 * StAEDI's validator names every syntax issue; it is exact but costs about fifteen times StAEDI's
 * bare parsing. The fast pass reads with StAEDI's envelope checks only and checks each transaction
 * body itself ({@link FastStructureCheck}, {@link FastElementCheck}); at the first segment it cannot
 * vouch for it stops, and a second pass reads the file again, fast up to the transaction in doubt and
 * validating from there on, handing on only the events the fast pass had not delivered. A clean
 * file is read once, fast; a file with a syntax issue yields exactly the validating pass's result.
 */
public final class StaediClaimReader implements ClaimReader {

    private static final Logger LOG = LoggerFactory.getLogger(StaediClaimReader.class);
    private static final Pattern STAEDI_CODE = Pattern.compile("EDIE\\d{3}");
    /** StAEDI: unexpected end of stream. */
    private static final String EDIE005 = "EDIE005";

    private final ReaderLimits limits;
    private final long parseAheadMinBytes;

    public StaediClaimReader(ReaderLimits limits) {
        this(limits, ClaimReaders.PARSE_AHEAD_MIN_BYTES);
    }

    /**
     * @param parseAheadMinBytes smallest input (of known size) whose fast pass parses on a thread of
     *                           its own ({@link ParseAhead}); tests use 0
     */
    public StaediClaimReader(ReaderLimits limits, long parseAheadMinBytes) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parseAheadMinBytes = parseAheadMinBytes;
    }

    /** The validating pass alone: a stream cannot be read twice. */
    @Override
    public void read(InputStream in, String fileName, ClaimHandler handler) throws InvalidEdiException, IOException {
        readOnce(in, fileName, handler, PassPlan.validating(), false);
    }

    @Override
    public void read(EdiSource source, String fileName, ClaimHandler handler) throws InvalidEdiException, IOException {
        readCountingPasses(source, fileName, handler);
    }

    /**
     * {@link #read(EdiSource, String, ClaimHandler)}; returns how many passes it took: 1 for a file
     * the fast pass vouched for, else 2 (a third, validating everything, is a safety net only: a
     * pass reads what the fast pass vouched for exactly as the fast pass did).
     */
    int readCountingPasses(EdiSource source, String fileName, ClaimHandler handler)
            throws InvalidEdiException, IOException {
        long delivered = 0;
        PassPlan plan = PassPlan.fast();
        long size = source.size();
        boolean parseAhead = size >= 0 && size >= parseAheadMinBytes && Runtime.getRuntime().availableProcessors() > 1;
        for (int pass = 1;; pass++) {
            ReplaySkippingHandler events = new ReplaySkippingHandler(handler, delivered);
            try (InputStream in = source.open()) {
                readOnce(in, fileName, events, plan, parseAhead);
                return pass;
            } catch (ReadSession.FastPassDoubt doubt) {
                if (!plan.readsAnyFast()) {
                    throw new IllegalStateException("a validating pass doubted a segment", doubt);
                }
                delivered += events.delivered();
                plan = plan.afterDoubt(doubt.validateFrom());
                LOG.debug("file={}: pass {} stopped after {} events, next pass {}: {}",
                        fileName, pass, delivered, plan, doubt.getMessage());
            }
        }
    }

    /**
     * One pass over the file, reading fast and validating as the plan says; a pass that reads
     * everything fast throws FastPassDoubt at the first segment it cannot vouch for.
     */
    private void readOnce(InputStream in, String fileName, ClaimHandler handler, PassPlan plan,
            boolean parseAhead) throws InvalidEdiException, IOException {
        boolean fast = !plan.validatesAny();
        PreparedInput input;
        try {
            input = PreparedInput.of(in, limits);
        } catch (LimitExceededException e) {
            throw new InvalidEdiException(fileName, e.fileSegmentPosition(), 0, e.getMessage(), e);
        }
        if (input.problem() != null) {
            throw new InvalidEdiException(fileName, input.problem().startsWith("empty") ? 0 : 1, 0, input.problem());
        }
        EDIInputFactory factory = EDIInputFactory.newFactory();
        EDIStreamReader reader = lexerReader(factory, input.stream());
        Events events = new Events(reader, input.stream());
        ReadSession session = new ReadSession(fileName, handler, limits, plan, input.segmentSuffix(), events);
        events.session = session;
        events.fileName = fileName;
        try {
            if (fast && parseAhead) {
                ParseAhead.read(events, input.segmentSuffix(), session);
            } else {
                session.run();
            }
        } catch (EDIStreamException e) {
            if (fast && !Events.sameInBothPasses(e)) {
                // the validating pass reports it as it would
                throw new ReadSession.FastPassDoubt("parser failure " + events.reason(e),
                        session.transactionsStarted());
            }
            throw events.translate(e);
        }
        // the StAEDI reader is not closed: closing it would close the caller's stream
    }

    /**
     * StAEDI's reader over the input, fed one byte at a time without a lock ({@link LexerInput}) and
     * decoded by {@link X12Utf8Charset}. Where that charset cannot be found by name (the jar's
     * service entry lost when the classes are repackaged), the JDK's UTF-8 decoder reads the same
     * characters, only more slowly; that is said once.
     */
    private static EDIStreamReader lexerReader(EDIInputFactory factory, GuardedInputStream stream) {
        LexerInput in = new LexerInput(stream);
        if (BYTEWISE_CHARSET) {
            try {
                return factory.createEDIStreamReader(in, X12Utf8Charset.NAME);
            } catch (EDIStreamException e) {
                // only an unknown encoding is refused here; fall through to UTF-8
            }
        }
        return factory.createEDIStreamReader(in);
    }

    private static final boolean BYTEWISE_CHARSET = bytewiseCharsetFound();

    private static boolean bytewiseCharsetFound() {
        boolean found = Charset.isSupported(X12Utf8Charset.NAME);
        if (!found) {
            LOG.warn("charset {} not found (META-INF/services entry missing): reading with the JDK's UTF-8 decoder, "
                    + "the same characters more slowly", X12Utf8Charset.NAME);
        }
        return found;
    }

    /** Pulls StAEDI events and turns every parser failure into an InvalidEdiException. */
    private static final class Events implements ReadSession.EventSource {
        private final EDIStreamReader reader;
        private final GuardedInputStream input;
        private ReadSession session;
        private String fileName;

        Events(EDIStreamReader reader, GuardedInputStream input) {
            this.reader = reader;
            this.input = input;
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

        /**
         * Failures that do not depend on validation: limits, input that is not UTF-8, and the input
         * failing. The fast pass reports them itself; for any other parser failure it hands over.
         */
        static boolean sameInBothPasses(EDIStreamException e) {
            if (LimitExceededException.find(e) != null) {
                return true;
            }
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                if (c instanceof java.nio.charset.CharacterCodingException || c instanceof IOException) {
                    return true;
                }
            }
            return false;
        }

        InvalidEdiException translate(EDIStreamException e) throws IOException {
            LimitExceededException limit = LimitExceededException.find(e);
            if (limit != null) {
                return new InvalidEdiException(fileName, limit.fileSegmentPosition(),
                        session.transactionPosition(limit.fileSegmentPosition()), limit.getMessage(), e);
            }
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                if (c instanceof java.nio.charset.CharacterCodingException) {
                    long at = input.firstInvalidUtf8Segment() > 0 ? input.firstInvalidUtf8Segment()
                            : session.failurePosition();
                    return new InvalidEdiException(fileName, at, session.transactionPosition(at),
                            "bytes that are not UTF-8 text: expected X12 characters in UTF-8 (or ASCII)", e);
                }
                if (c instanceof IOException) {
                    throw (IOException) c; // the input itself failed: not the file's fault
                }
            }
            if (rootCause(e) instanceof java.nio.BufferOverflowException && input.firstFourByteSegment() > 0) {
                // the element-length limit is counted ahead of StAEDI, so its own overflow is the character
                long at = input.firstFourByteSegment();
                return new InvalidEdiException(fileName, at, session.transactionPosition(at),
                        "a character beyond U+FFFF (a four-byte UTF-8 sequence, such as an emoji): expected X12"
                                + " characters, which the StAEDI parser reads only up to U+FFFF", e);
            }
            if (EDIE005.equals(code(e))) {
                return endedTooSoon(e);
            }
            long position = session.failurePosition();
            return new InvalidEdiException(fileName, position, session.transactionPosition(position), reason(e), e);
        }

        /**
         * The input ended inside a segment or before a trailer. StAEDI may fail before it hands out
         * the events of the last segments, so the position and what is missing come from the
         * segment tags counted in the input itself.
         */
        private InvalidEdiException endedTooSoon(EDIStreamException e) {
            long complete = input.completedSegments();
            String expected = input.expectedTrailer();
            String reason;
            long position;
            if (input.partialSegment()) {
                position = complete + 1;
                reason = "the file ends inside segment " + position + ": expected its segment terminator";
            } else {
                position = complete;
                reason = "the file ends after segment " + complete + ": expected " + (expected == null
                        ? "another segment" : expected + (expected.equals("IEA") ? "" : " and the trailers after it"));
            }
            return new InvalidEdiException(fileName, position, session.transactionPosition(position),
                    reason + " (" + EDIE005 + ")", e);
        }

        private static String code(EDIStreamException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher m = STAEDI_CODE.matcher(message);
            return m.find() ? m.group() : "";
        }

        /** What went wrong and what was expected, from StAEDI's error code; never quotes the data. */
        private String reason(EDIStreamException e) {
            String code = code(e);
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
                default:
                    if (rootCause(e) instanceof java.nio.BufferOverflowException) {
                        return "element too long " + where + ": expected at most "
                                + GuardedInputStream.PARSER_MAX_ELEMENT_LENGTH + " characters (fixed by the StAEDI parser)";
                    }
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

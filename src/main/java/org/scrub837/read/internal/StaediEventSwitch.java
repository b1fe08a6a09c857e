package org.scrub837.read.internal;

import org.scrub837.model.Delimiters;
import org.scrub837.read.InvalidEdiException;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

/**
 * The one switch over StAEDI's events, for the session's own loop and for the parse-ahead thread
 * alike: it puts element events into segments (the one place that knows how StAEDI locates a value)
 * and hands its listener whole segments, envelope starts, loops and validation errors. Runs on the
 * thread that pulls StAEDI's events; the listener may read StAEDI's reader in each call.
 */
final class StaediEventSwitch {

    /** What the switch hands on, in input order. */
    interface Listener {
        /** START_INTERCHANGE, START_GROUP or START_TRANSACTION: the next header is the envelope's. */
        void envelopeStarting(EDIStreamEvent start);

        /** A segment begins at {@code filePosition} (its elements follow). */
        default void segmentStarting(RawSegment segment, long filePosition) {
        }

        /**
         * A complete segment.
         *
         * @param isaDelimiters the interchange's delimiters when the segment is the ISA of an
         *                      interchange StAEDI started, else null
         */
        void segment(RawSegment segment, long filePosition, Delimiters isaDelimiters)
                throws InvalidEdiException, EDIStreamException;

        default void loopStarted(String code) {
        }

        default void loopEnded() {
        }

        /** A SEGMENT_ERROR; returns whether to go on. */
        boolean segmentError(EDIStreamReader reader);

        /** An ELEMENT_DATA_ERROR or ELEMENT_OCCURRENCE_ERROR; returns whether to go on. */
        boolean elementError(EDIStreamReader reader);
    }

    private final ReadSession.EventSource events;
    private final String segmentSuffix;
    private final SegmentTags tags = new SegmentTags();
    private RawSegment segment;
    private long segmentFilePosition;
    private boolean interchangeStarting;

    StaediEventSwitch(ReadSession.EventSource events, String segmentSuffix) {
        this.events = events;
        this.segmentSuffix = segmentSuffix;
    }

    /** The segment being read, or null between segments. */
    RawSegment segment() {
        return segment;
    }

    /** File position of the segment being read. */
    long segmentFilePosition() {
        return segmentFilePosition;
    }

    /**
     * Pulls events until the input ends (true) or the listener asks to stop (false). A parser
     * failure propagates, with {@link #segment()} where the parser stood.
     */
    boolean run(Listener to) throws EDIStreamException, InvalidEdiException {
        EDIStreamReader reader = events.reader();
        while (events.hasNext()) {
            EDIStreamEvent event = events.next();
            switch (event) {
                case START_SEGMENT:
                    segment = new RawSegment(tags.tag(reader));
                    segmentFilePosition = reader.getLocation().getSegmentPosition();
                    to.segmentStarting(segment, segmentFilePosition);
                    break;
                case ELEMENT_DATA:
                    if (segment != null) {
                        data(segment, reader);
                    }
                    break;
                case START_COMPOSITE:
                    if (segment != null) {
                        composite(segment, reader);
                    }
                    break;
                case START_INTERCHANGE:
                    interchangeStarting = true;
                    to.envelopeStarting(event);
                    break;
                case START_GROUP:
                case START_TRANSACTION:
                    to.envelopeStarting(event);
                    break;
                case END_SEGMENT:
                    if (segment != null) {
                        RawSegment ended = segment;
                        segment = null;
                        Delimiters delimiters = null;
                        if (interchangeStarting && "ISA".equals(ended.tag())) {
                            delimiters = ReadSession.delimiters(reader, segmentSuffix);
                            interchangeStarting = false;
                        }
                        to.segment(ended, segmentFilePosition, delimiters);
                    }
                    break;
                case START_LOOP:
                    to.loopStarted(String.valueOf(reader.getReferenceCode()));
                    break;
                case END_LOOP:
                    to.loopEnded();
                    break;
                case SEGMENT_ERROR:
                    if (!to.segmentError(reader)) {
                        return false;
                    }
                    break;
                case ELEMENT_DATA_ERROR:
                case ELEMENT_OCCURRENCE_ERROR:
                    if (!to.elementError(reader)) {
                        return false;
                    }
                    break;
                default:
                    break;
            }
        }
        return true;
    }

    /**
     * An ELEMENT_DATA event: the value at its element, repetition and component, its characters
     * copied from StAEDI's buffer into the segment's own (no String per element on this thread).
     */
    private static void data(RawSegment segment, EDIStreamReader reader) {
        Location location = reader.getLocation();
        int element = location.getElementPosition();
        if (element < 1) {
            return;
        }
        if (reader.getTextStart() != 0) {
            // StAEDI 1.26.0 copies from the start of its buffer whatever the start: take the String then
            segment.put(element, location.getElementOccurrence(), location.getComponentPosition(), reader.getText());
            return;
        }
        int length = reader.getTextLength();
        int at = segment.reserve(element, location.getElementOccurrence(), location.getComponentPosition(), length);
        if (at >= 0 && length > 0) {
            reader.getTextCharacters(0, segment.characters(), at, length);
        }
    }

    /** A START_COMPOSITE event: an empty composite ("HI*BK:1**") sends no data, but its place is kept. */
    private static void composite(RawSegment segment, EDIStreamReader reader) {
        Location location = reader.getLocation();
        int element = location.getElementPosition();
        if (element >= 1) {
            segment.touch(element, location.getElementOccurrence());
        }
    }
}

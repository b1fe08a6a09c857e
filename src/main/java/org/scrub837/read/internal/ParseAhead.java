package org.scrub837.read.internal;

import org.scrub837.handoff.SerialHandOff;
import org.scrub837.model.Delimiters;
import org.scrub837.read.InvalidEdiException;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * The fast pass with StAEDI's parsing and the session's filing on two threads: the calling thread
 * pulls StAEDI's events through the {@link StaediEventSwitch} and hands whole segments, in input
 * order, over a {@link SerialHandOff} to a thread that files them ({@link ReadSession}) and feeds
 * the handler. StAEDI's parsing costs about as much as the rest of the reader, so the two halves use
 * two cores; memory stays flat (the hand-off is bounded).
 *
 * <p>Anything the fast pass does not accept (a StAEDI validation event) ends the stream with a
 * doubt at the place it happened, and a parser failure is met by the session after every segment
 * before it, so the pass stops where a single-threaded read would have stopped. A failure of the
 * session (a doubt, an invalid file, the handler's) stops the parsing at once and is rethrown here.
 * Fast pass only: StAEDI's transaction schema can only be set on its own thread, at the ST.
 */
final class ParseAhead {

    /** Segments per hand-over and hand-overs queued at most: 2,048 segments in flight. */
    static final int BATCH = 256;
    static final int QUEUED_BATCHES = 8;

    private ParseAhead() {
    }

    /** Reads the whole input into {@code session}; returns as {@link ReadSession#run()} would. */
    static void read(ReadSession.EventSource events, String segmentSuffix, ReadSession session)
            throws EDIStreamException, InvalidEdiException {
        SerialHandOff<ReadSession> handOff = new SerialHandOff<>(session, "scrub837-read", BATCH, QUEUED_BATCHES);
        StaediEventSwitch parser = new StaediEventSwitch(new UntilSessionFailed(events, handOff), segmentSuffix);
        try {
            boolean complete = parser.run(new HandOver(handOff));
            handOff.stop(complete && handOff.failure() == null ? ReadSession::finish : null);
        } catch (SerialHandOff.Stopped e) {
            throw e; // the filing thread ended or this one was interrupted: not the file's fault
        } catch (EDIStreamException | RuntimeException | Error e) {
            // the session meets the failure after every segment before it, where the parser stood
            RawSegment at = parser.segment();
            long position = parser.segmentFilePosition();
            handOff.stop(s -> s.parserFailedAt(at, position));
            rethrowSessionFailure(handOff);
            throw e instanceof EDIStreamException ese ? ese : new EDIStreamException("StAEDI failure", null, e);
        }
        rethrowSessionFailure(handOff);
    }

    private static void rethrowSessionFailure(SerialHandOff<ReadSession> handOff)
            throws EDIStreamException, InvalidEdiException {
        Throwable t = handOff.failure();
        if (t == null) {
            return;
        }
        if (t instanceof InvalidEdiException e) {
            throw e;
        }
        if (t instanceof EDIStreamException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("the reader's filing thread failed", t);
    }

    /** StAEDI's events until the session fails: then parsing ends at once. */
    private record UntilSessionFailed(ReadSession.EventSource events, SerialHandOff<ReadSession> handOff)
            implements ReadSession.EventSource {

        @Override
        public boolean hasNext() throws EDIStreamException {
            return handOff.failure() == null && events.hasNext();
        }

        @Override
        public EDIStreamEvent next() throws EDIStreamException {
            return events.next();
        }

        @Override
        public EDIStreamReader reader() {
            return events.reader();
        }
    }

    /** Hands what the switch gives over to the session; at a StAEDI validation event, a doubt ends the stream. */
    private record HandOver(SerialHandOff<ReadSession> handOff) implements StaediEventSwitch.Listener {

        @Override
        public void envelopeStarting(EDIStreamEvent start) {
            handOff.add(s -> s.envelopeStarting(start));
        }

        @Override
        public void segment(RawSegment segment, long filePosition, Delimiters isaDelimiters) {
            handOff.add(s -> s.segmentHandedOver(segment, filePosition, isaDelimiters));
        }

        @Override
        public boolean segmentError(EDIStreamReader reader) {
            doubt("StAEDI envelope segment error " + reader.getErrorType());
            return false;
        }

        @Override
        public boolean elementError(EDIStreamReader reader) {
            if (IssueCodes.isControlError(reader.getErrorType())) {
                return true;
            }
            doubt("StAEDI envelope element error " + reader.getErrorType());
            return false;
        }

        private void doubt(String reason) {
            handOff.add(s -> s.doubtHandedOver(reason));
        }
    }
}

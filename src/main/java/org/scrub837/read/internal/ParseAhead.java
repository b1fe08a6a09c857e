package org.scrub837.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.scrub837.model.Delimiters;
import org.scrub837.read.InvalidEdiException;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * The fast pass's parsing on a thread of its own: StAEDI's events assembled into segments, handed in
 * input order to the reading thread, which files them and feeds the handler. StAEDI's parsing costs
 * about as much as the rest of the reader, so the two halves use two cores; the caller's handler
 * still runs on the caller's thread. Items travel in batches through a bounded queue (at most
 * {@code QUEUED_BATCHES x BATCH} segments in flight: memory stays flat).
 *
 * <p>Anything the fast pass does not accept (a StAEDI validation event) or cannot parse ends the
 * stream with a DOUBT or FAILURE item at the place it happened, so the reading thread stops where a
 * single-threaded read would have stopped.
 */
final class ParseAhead {

    static final int BATCH = 256;
    static final int QUEUED_BATCHES = 8;

    enum Kind { ENVELOPE_START, SEGMENT, DOUBT, FAILURE, END }

    /** One thing that happened in the input, in order. */
    record Item(Kind kind, EDIStreamEvent envelopeStart, RawSegment segment, long filePosition, Delimiters delimiters,
            String reason, EDIStreamException failure) {
    }

    private static final Item INTERCHANGE = envelope(EDIStreamEvent.START_INTERCHANGE);
    private static final Item GROUP = envelope(EDIStreamEvent.START_GROUP);
    private static final Item TRANSACTION = envelope(EDIStreamEvent.START_TRANSACTION);
    private static final Item END = new Item(Kind.END, null, null, 0, null, null, null);

    private final ReadSession.EventSource events;
    private final String segmentSuffix;
    private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread thread;
    private volatile boolean cancelled;
    private List<Item> batch = new ArrayList<>(BATCH);
    /** Reading side: the batch being taken apart. */
    private List<Item> current = List.of();
    private int index;

    ParseAhead(ReadSession.EventSource events, String segmentSuffix) {
        this.events = events;
        this.segmentSuffix = segmentSuffix;
        this.thread = new Thread(this::parse, "scrub837-parse");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The next item; blocks until the parsing thread has it. */
    Item next() {
        while (index >= current.size()) {
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the parser thread", e);
            }
            index = 0;
        }
        return current.get(index++);
    }

    /** Stops the parsing thread (the reading thread failed or finished) and waits for it. */
    void stop() {
        cancelled = true;
        queue.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Item envelope(EDIStreamEvent start) {
        return new Item(Kind.ENVELOPE_START, start, null, 0, null, null, null);
    }

    private static Item doubt(String reason) {
        return new Item(Kind.DOUBT, null, null, 0, null, reason, null);
    }

    private void parse() {
        StaediEventSwitch events = new StaediEventSwitch(new UntilCancelled(), segmentSuffix);
        try {
            if (events.run(new Listener())) {
                add(END);
            }
        } catch (EDIStreamException e) {
            add(new Item(Kind.FAILURE, null, events.segment(), events.segmentFilePosition(), null, null, e));
        } catch (RuntimeException | Error | InvalidEdiException e) {
            add(new Item(Kind.FAILURE, null, events.segment(), events.segmentFilePosition(), null, null,
                    new EDIStreamException("StAEDI failure", null, e)));
        }
        flushLast();
    }

    /** StAEDI's events until the reading thread stops: then parsing ends at once. */
    private final class UntilCancelled implements ReadSession.EventSource {
        @Override
        public boolean hasNext() throws EDIStreamException {
            return !cancelled && events.hasNext();
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

    /**
     * Puts what the switch hands on into items; at the first StAEDI validation event the fast pass
     * does not accept, a DOUBT item ends the stream there.
     */
    private final class Listener implements StaediEventSwitch.Listener {

        @Override
        public void envelopeStarting(EDIStreamEvent start) {
            add(start == EDIStreamEvent.START_INTERCHANGE ? INTERCHANGE
                    : start == EDIStreamEvent.START_GROUP ? GROUP : TRANSACTION);
        }

        @Override
        public void segment(RawSegment segment, long filePosition, Delimiters isaDelimiters) {
            add(new Item(Kind.SEGMENT, null, segment, filePosition, isaDelimiters, null, null));
        }

        @Override
        public boolean segmentError(EDIStreamReader reader) {
            add(doubt("StAEDI envelope segment error " + reader.getErrorType()));
            return false;
        }

        @Override
        public boolean elementError(EDIStreamReader reader) {
            if (IssueCodes.isControlError(reader.getErrorType())) {
                return true;
            }
            add(doubt("StAEDI envelope element error " + reader.getErrorType()));
            return false;
        }
    }

    private void add(Item item) {
        batch.add(item);
        if (batch.size() >= BATCH) {
            send();
        }
    }

    private void flushLast() {
        if (!batch.isEmpty()) {
            send();
        }
    }

    private void send() {
        List<Item> full = batch;
        batch = new ArrayList<>(BATCH);
        try {
            while (!cancelled && !queue.offer(full, 50, TimeUnit.MILLISECONDS)) {
                // the reading thread is busy; try again unless it has stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
    }
}

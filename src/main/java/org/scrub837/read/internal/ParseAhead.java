package org.scrub837.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.scrub837.model.Delimiters;

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

    enum Kind { START_INTERCHANGE, START_GROUP, START_TRANSACTION, SEGMENT, DOUBT, FAILURE, END }

    /** One thing that happened in the input, in order. */
    record Item(Kind kind, RawSegment segment, long filePosition, Delimiters delimiters, String reason,
            EDIStreamException failure) {
    }

    private static final Item INTERCHANGE = new Item(Kind.START_INTERCHANGE, null, 0, null, null, null);
    private static final Item GROUP = new Item(Kind.START_GROUP, null, 0, null, null, null);
    private static final Item TRANSACTION = new Item(Kind.START_TRANSACTION, null, 0, null, null, null);
    private static final Item END = new Item(Kind.END, null, 0, null, null, null);

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

    private void parse() {
        EDIStreamReader reader = events.reader();
        RawSegment segment = null;
        long segmentPosition = 0;
        boolean interchangeStarting = false;
        try {
            while (!cancelled && events.hasNext()) {
                EDIStreamEvent event = events.next();
                switch (event) {
                    case START_SEGMENT:
                        segment = new RawSegment(reader.getText());
                        segmentPosition = reader.getLocation().getSegmentPosition();
                        break;
                    case ELEMENT_DATA:
                        if (segment != null) {
                            SegmentEvents.data(segment, reader);
                        }
                        break;
                    case START_COMPOSITE:
                        if (segment != null) {
                            SegmentEvents.composite(segment, reader);
                        }
                        break;
                    case START_INTERCHANGE:
                        interchangeStarting = true;
                        add(INTERCHANGE);
                        break;
                    case START_GROUP:
                        add(GROUP);
                        break;
                    case START_TRANSACTION:
                        add(TRANSACTION);
                        break;
                    case END_SEGMENT:
                        if (segment != null) {
                            Delimiters delimiters = null;
                            if (interchangeStarting && "ISA".equals(segment.tag())) {
                                delimiters = ReadSession.delimiters(reader, segmentSuffix);
                                interchangeStarting = false;
                            }
                            add(new Item(Kind.SEGMENT, segment, segmentPosition, delimiters, null, null));
                            segment = null;
                        }
                        break;
                    case SEGMENT_ERROR:
                        add(new Item(Kind.DOUBT, null, 0, null, "StAEDI envelope segment error " + reader.getErrorType(),
                                null));
                        flushLast();
                        return;
                    case ELEMENT_DATA_ERROR:
                    case ELEMENT_OCCURRENCE_ERROR:
                        if (!IssueCodes.isControlError(reader.getErrorType())) {
                            add(new Item(Kind.DOUBT, null, 0, null,
                                    "StAEDI envelope element error " + reader.getErrorType(), null));
                            flushLast();
                            return;
                        }
                        break;
                    default:
                        break;
                }
            }
            add(END);
        } catch (EDIStreamException e) {
            add(new Item(Kind.FAILURE, segment, segmentPosition, null, null, e));
        } catch (RuntimeException | Error e) {
            add(new Item(Kind.FAILURE, segment, segmentPosition, null, null,
                    new EDIStreamException("StAEDI failure", null, e)));
        }
        flushLast();
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

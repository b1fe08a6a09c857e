package org.scrub837.responses;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

/**
 * Reads any X12 file as a stream of segments with StAEDI, without a transaction schema (responses
 * are small and their layouts are read by hand): each segment's elements by position, a composite's
 * components joined with ':' (the component separator as written is not kept). Only StAEDI's control
 * validation (ISA/GS/ST envelopes) applies; a structural break ends the read with an exception.
 */
final class X12SegmentStream {

    /** One segment: its tag and its elements, {@code element(1)} the first. */
    record Segment(String tag, List<String> elements) {

        /** Element n (1-based), or "" when absent. */
        String element(int n) {
            return n < elements.size() ? elements.get(n) : "";
        }

        /** Component c (1-based) of element n, or "". */
        String component(int n, int c) {
            String[] parts = element(n).split(":", -1);
            return c <= parts.length ? parts[c - 1] : "";
        }
    }

    /** Receives segments in file order. */
    interface Sink {
        void segment(Segment segment) throws InvalidResponseException;
    }

    private X12SegmentStream() {
    }

    /**
     * Reads the stream to its end.
     *
     * @throws InvalidResponseException when the content is not X12 or breaks off
     */
    static void read(InputStream in, Sink sink) throws IOException, InvalidResponseException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        skipByteOrderMark(buffered);
        buffered.mark(1);
        if (buffered.read() < 0) {
            throw new InvalidResponseException("an empty file, not a response");
        }
        buffered.reset();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        // the repetition of an element is not used in any response layout read here
        String tag = null;
        List<String> elements = new ArrayList<>();
        boolean sawInterchange = false;
        try (EDIStreamReader reader = factory.createEDIStreamReader(buffered)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_INTERCHANGE:
                        sawInterchange = true;
                        break;
                    case START_SEGMENT:
                        tag = reader.getText();
                        elements = new ArrayList<>();
                        elements.add(tag);
                        break;
                    case ELEMENT_DATA:
                        put(elements, reader.getLocation(), reader.getText());
                        break;
                    case END_SEGMENT:
                        sink.segment(new Segment(tag, List.copyOf(elements)));
                        tag = null;
                        break;
                    default:
                        break;
                }
            }
        } catch (EDIStreamException e) {
            // the reader's message names a position and an expectation, never the data
            throw new InvalidResponseException("not readable as X12: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new InvalidResponseException("not readable as X12: " + e.getClass().getSimpleName());
        }
        if (!sawInterchange) {
            throw new InvalidResponseException("not an X12 interchange (no ISA segment)");
        }
    }

    private static void put(List<String> elements, Location at, String text) {
        if (at.getElementOccurrence() > 1) {
            return;
        }
        int position = at.getElementPosition();
        while (elements.size() <= position) {
            elements.add("");
        }
        int component = at.getComponentPosition();
        if (component <= 1) {
            elements.set(position, text == null ? "" : text);
            return;
        }
        StringBuilder b = new StringBuilder(elements.get(position));
        long have = b.chars().filter(ch -> ch == ':').count() + 1;
        for (long i = have; i < component; i++) {
            b.append(':');
        }
        b.append(text == null ? "" : text);
        elements.set(position, b.toString());
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF)) {
            in.reset();
        }
    }

    /**
     * The reader's message, first line, anything it quotes from the input blanked out and cut short:
     * the reason goes into the log and a reason file, and an unreadable file may hold claim data.
     */
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).replaceAll("'[^']*'|\"[^\"]*\"|\\[[^\\]]*\\]", "?");
        return line.length() > 100 ? line.substring(0, 100) + "..." : line;
    }
}

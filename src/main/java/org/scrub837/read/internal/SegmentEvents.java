package org.scrub837.read.internal;

import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

/**
 * StAEDI's element events put into the segment being read: the one place that knows how StAEDI
 * locates a value, shared by the reader's own loop and the parse-ahead thread.
 */
final class SegmentEvents {

    private SegmentEvents() {
    }

    /** An ELEMENT_DATA event: the value at its element, repetition and component. */
    static void data(RawSegment segment, EDIStreamReader reader) {
        Location location = reader.getLocation();
        int element = location.getElementPosition();
        if (element >= 1) {
            segment.put(element, location.getElementOccurrence(), location.getComponentPosition(), reader.getText());
        }
    }

    /** A START_COMPOSITE event: an empty composite ("HI*BK:1**") sends no data, but its place is kept. */
    static void composite(RawSegment segment, EDIStreamReader reader) {
        Location location = reader.getLocation();
        int element = location.getElementPosition();
        if (element >= 1) {
            segment.touch(element, location.getElementOccurrence());
        }
    }
}

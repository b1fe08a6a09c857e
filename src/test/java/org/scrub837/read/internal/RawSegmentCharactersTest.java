package org.scrub837.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Delimiters;

/** Values copied into a segment's one character buffer read back as the values and the text StAEDI's Strings gave. */
class RawSegmentCharactersTest {

    /** Copies a value the way the event switch does: reserve, then characters into the segment's buffer. */
    private static void copy(RawSegment segment, int element, int repetition, int component, String value) {
        int at = segment.reserve(element, repetition, component, value.length());
        value.getChars(0, value.length(), segment.characters(), at);
    }

    @Test
    void valuesAndTextComeBackFromTheBuffer() {
        RawSegment hi = new RawSegment("HI");
        copy(hi, 1, 0, 1, "ABK");
        copy(hi, 1, 0, 2, "E11.9");
        hi.touch(2, 0); // an empty composite, then its first component fills the placeholder
        copy(hi, 2, 0, 1, "ABF");
        copy(hi, 2, 0, 2, "I10");
        copy(hi, 4, 0, 0, "a value longer than the buffer's first thirty-two characters");
        copy(hi, 5, 1, 0, "R1");
        copy(hi, 5, 2, 0, "R2");
        hi.touch(7, 0);

        assertEquals("E11.9", hi.component(1, 2));
        assertEquals("ABF", hi.component(2, 1));
        assertEquals("", hi.element(3));
        assertEquals("a value longer than the buffer's first thirty-two characters", hi.element(4));
        assertEquals(2, hi.repetitionCount(5));
        assertEquals(2, hi.componentCount(2));
        assertEquals(7, hi.elementCount());
        assertEquals("HI*ABK:E11.9*ABF:I10**a value longer than the buffer's first thirty-two characters*R1^R2**",
                hi.text(Delimiters.DEFAULT));
    }
}

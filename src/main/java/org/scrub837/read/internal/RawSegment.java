package org.scrub837.read.internal;

import java.util.Arrays;

import org.scrub837.model.Delimiters;

/**
 * A segment as reassembled from StAEDI events: every value with its element, repetition and
 * component position, empty values kept. Index arguments are 1-based as in X12 (element 1 =
 * SV101).
 *
 * <p>Values are kept flat, in the order StAEDI sends them (element, then repetition, then component
 * ascending), with the first value of each element indexed: one small set of arrays per segment
 * rather than a list per element, repetition and component, since this runs for every segment.
 * Their characters sit one after another in one buffer, copied out of StAEDI's own buffer: a String
 * is made only for a value someone asks for ({@link #component}), and the segment's text is joined
 * from the buffer, so the parsing thread makes no String per element (it made one per element, the
 * largest allocation on that thread, for values most of which nobody reads on their own).
 */
final class RawSegment {

    /**
     * Values a segment's arrays hold before they grow: most 837 segments carry 1 to 9 values
     * (empty ones included), so 9 covers about nine in ten of them.
     */
    private static final int INITIAL = 9;
    /** Characters the buffer holds before it grows: the values of most 837 segments fit in 32. */
    private static final int INITIAL_CHARS = 32;
    /** Ints per value in {@link #positions}: element, repetition (1-based), component (1-based), first character. */
    private static final int STRIDE = 4;

    private final String tag;
    /** The values' characters, one after another; value i runs from its start to the next value's start. */
    private char[] chars = new char[INITIAL_CHARS];
    private int length;
    /** Per value: element, repetition, component and the index of its first character in {@link #chars}. */
    private int[] positions = new int[INITIAL * STRIDE];
    private int count;
    /** firstOf[e] = index of element e's first value, -1 when it has none; sized past the highest element. */
    private int[] firstOf = new int[INITIAL + 1];
    private int elementCount;

    RawSegment(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    int elementCount() {
        return elementCount;
    }

    /** Stores a value at element, repetition (1-based) and component (1-based; 0 or less = simple element). */
    void put(int element, int repetition, int component, String value) {
        int at = reserve(element, repetition, component, value.length());
        if (at >= 0) {
            value.getChars(0, value.length(), chars, at);
        }
    }

    /**
     * Makes room for a value of {@code valueLength} characters at element, repetition and component
     * and returns where in {@link #characters()} its characters go (the caller copies them there),
     * or -1 when the position is not an element's and nothing is kept.
     */
    int reserve(int element, int repetition, int component, int valueLength) {
        int rep = Math.max(repetition, 1);
        int comp = Math.max(component, 1);
        int last = (count - 1) * STRIDE;
        if (count > 0 && positions[last] == element && positions[last + 1] == rep && positions[last + 2] == comp) {
            length = positions[last + 3]; // a composite's placeholder (touch), the last value, replaced by its first component
        } else if (!append(element, rep, comp)) {
            return -1;
        }
        int at = length;
        if (at + valueLength > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, at + valueLength));
        }
        length = at + valueLength;
        return at;
    }

    /** The buffer {@link #reserve} hands out places in; valid until the next reserve. */
    char[] characters() {
        return chars;
    }

    /** Makes an element repetition exist, empty, e.g. for a composite sent without any component. */
    void touch(int element, int repetition) {
        int rep = Math.max(repetition, 1);
        int last = (count - 1) * STRIDE;
        if (count > 0 && positions[last] == element && positions[last + 1] == rep) {
            return;
        }
        append(element, rep, 1);
    }

    private boolean append(int element, int rep, int comp) {
        if (element < 1) {
            return false; // not an element position: nothing to keep
        }
        if (count * STRIDE == positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
        if (element > elementCount) {
            if (element >= firstOf.length) {
                int old = firstOf.length;
                firstOf = Arrays.copyOf(firstOf, Math.max(element + 1, old * 2));
            }
            Arrays.fill(firstOf, elementCount + 1, element, -1);
            firstOf[element] = count;
            elementCount = element;
        }
        int at = count * STRIDE;
        positions[at] = element;
        positions[at + 1] = rep;
        positions[at + 2] = comp;
        positions[at + 3] = length;
        count++;
        return true;
    }

    /** The first component of the first repetition of an element, "" when absent. */
    String element(int element) {
        return component(element, 1);
    }

    /** A component of the first repetition of an element, "" when absent. */
    String component(int element, int component) {
        int i = valueIndex(element, component);
        if (i < 0) {
            return "";
        }
        int start = valueStart(i);
        int end = valueEnd(i);
        return start == end ? "" : new String(chars, start, end - start);
    }

    /** The index of a component of the first repetition of an element, -1 when absent. */
    int valueIndex(int element, int component) {
        if (element < 1 || element > elementCount) {
            return -1;
        }
        for (int i = firstOf[element]; i >= 0 && i < count && positions[i * STRIDE] == element
                && positions[i * STRIDE + 1] == 1; i++) {
            if (positions[i * STRIDE + 2] == component) {
                return i;
            }
        }
        return -1;
    }

    /** Where value i's characters start in {@link #characters()}. */
    int valueStart(int i) {
        return positions[i * STRIDE + 3];
    }

    /** Where value i's characters end (exclusive) in {@link #characters()}. */
    int valueEnd(int i) {
        return i + 1 < count ? positions[(i + 1) * STRIDE + 3] : length;
    }

    /** Number of repetitions sent of an element (0 when absent). */
    int repetitionCount(int element) {
        if (element < 1 || element > elementCount) {
            return 0;
        }
        int max = 0;
        for (int i = firstOf[element]; i >= 0 && i < count && positions[i * STRIDE] == element; i++) {
            max = Math.max(max, positions[i * STRIDE + 1]);
        }
        return max;
    }

    /** Number of components sent in the first repetition of an element. */
    int componentCount(int element) {
        if (element < 1 || element > elementCount) {
            return 0;
        }
        int max = 0;
        for (int i = firstOf[element]; i >= 0 && i < count && positions[i * STRIDE] == element
                && positions[i * STRIDE + 1] == 1; i++) {
            max = Math.max(max, positions[i * STRIDE + 2]);
        }
        return max;
    }

    /** Tag and elements joined with the interchange's own delimiters, without terminator. */
    String text(Delimiters delimiters) {
        // the separators first, so that the text is written once into an array of its exact size
        int separators = 0;
        int element = 0;
        int rep = 0;
        int comp = 0;
        for (int i = 0; i < count; i++) {
            int at = i * STRIDE;
            int e = positions[at];
            int r = positions[at + 1];
            int c = positions[at + 2];
            if (e != element) {
                separators += Math.max(e - element, 0);
                element = e;
                rep = 1;
                comp = 1;
            }
            if (r != rep) {
                separators += Math.max(r - rep, 0);
                rep = r;
                comp = 1;
            }
            separators += Math.max(c - comp, 0);
            comp = c;
        }
        separators += Math.max(elementCount - element, 0);
        int tagLength = tag.length();
        char[] text = new char[tagLength + separators + length];
        tag.getChars(0, tagLength, text, 0);
        int n = tagLength;
        char elementSeparator = delimiters.element();
        char repetitionSeparator = delimiters.repetition();
        char componentSeparator = delimiters.component();
        element = 0;
        rep = 0;
        comp = 0;
        for (int i = 0; i < count; i++) {
            int at = i * STRIDE;
            int e = positions[at];
            int r = positions[at + 1];
            int c = positions[at + 2];
            if (e != element) {
                n = repeat(text, n, elementSeparator, e - element);
                element = e;
                rep = 1;
                comp = 1;
            }
            if (r != rep) {
                n = repeat(text, n, repetitionSeparator, r - rep);
                rep = r;
                comp = 1;
            }
            n = repeat(text, n, componentSeparator, c - comp);
            comp = c;
            int start = positions[at + 3];
            int end = valueEnd(i);
            System.arraycopy(chars, start, text, n, end - start);
            n += end - start;
        }
        n = repeat(text, n, elementSeparator, elementCount - element);
        return new String(text, 0, n);
    }

    private static int repeat(char[] text, int n, char c, int times) {
        for (int i = 0; i < times; i++) {
            text[n++] = c;
        }
        return n;
    }
}

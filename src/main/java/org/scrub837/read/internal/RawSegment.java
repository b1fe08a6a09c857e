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
 */
final class RawSegment {

    /**
     * Values a segment's arrays hold before they grow: most 837 segments carry 1 to 9 values
     * (empty ones included), so 9 covers about nine in ten of them without the arrays of 16 that
     * were mostly unused (this runs for every segment: its arrays were the reader's largest
     * allocation).
     */
    private static final int INITIAL = 9;

    private final String tag;
    private String[] values = new String[INITIAL];
    /** Per value, three ints: element, repetition (1-based), component (1-based). */
    private int[] positions = new int[INITIAL * 3];
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
        int rep = Math.max(repetition, 1);
        int comp = Math.max(component, 1);
        int last = (count - 1) * 3;
        if (count > 0 && positions[last] == element && positions[last + 1] == rep && positions[last + 2] == comp) {
            values[count - 1] = value; // a composite's placeholder (touch) filled by its first component
            return;
        }
        append(element, rep, comp, value);
    }

    /** Makes an element repetition exist, empty, e.g. for a composite sent without any component. */
    void touch(int element, int repetition) {
        int rep = Math.max(repetition, 1);
        int last = (count - 1) * 3;
        if (count > 0 && positions[last] == element && positions[last + 1] == rep) {
            return;
        }
        append(element, rep, 1, "");
    }

    private void append(int element, int rep, int comp, String value) {
        if (count == values.length) {
            int size = count * 2;
            values = Arrays.copyOf(values, size);
            positions = Arrays.copyOf(positions, size * 3);
        }
        if (element > elementCount) {
            if (element >= firstOf.length) {
                int old = firstOf.length;
                firstOf = Arrays.copyOf(firstOf, Math.max(element + 1, old * 2));
            }
            Arrays.fill(firstOf, elementCount + 1, element, -1);
            firstOf[element] = count;
            elementCount = element;
        } else if (element < 1) {
            return; // not an element position: nothing to keep
        }
        values[count] = value;
        int at = count * 3;
        positions[at] = element;
        positions[at + 1] = rep;
        positions[at + 2] = comp;
        count++;
    }

    /** The first component of the first repetition of an element, "" when absent. */
    String element(int element) {
        return component(element, 1);
    }

    /** A component of the first repetition of an element, "" when absent. */
    String component(int element, int component) {
        if (element < 1 || element > elementCount) {
            return "";
        }
        for (int i = firstOf[element]; i >= 0 && i < count && positions[i * 3] == element && positions[i * 3 + 1] == 1;
                i++) {
            if (positions[i * 3 + 2] == component) {
                return values[i];
            }
        }
        return "";
    }

    /** Number of repetitions sent of an element (0 when absent). */
    int repetitionCount(int element) {
        if (element < 1 || element > elementCount) {
            return 0;
        }
        int max = 0;
        for (int i = firstOf[element]; i >= 0 && i < count && positions[i * 3] == element; i++) {
            max = Math.max(max, positions[i * 3 + 1]);
        }
        return max;
    }

    /** Number of components sent in the first repetition of an element. */
    int componentCount(int element) {
        if (element < 1 || element > elementCount) {
            return 0;
        }
        int max = 0;
        for (int i = firstOf[element]; i >= 0 && i < count && positions[i * 3] == element && positions[i * 3 + 1] == 1;
                i++) {
            max = Math.max(max, positions[i * 3 + 2]);
        }
        return max;
    }

    /** Tag and elements joined with the interchange's own delimiters, without terminator. */
    String text(Delimiters delimiters) {
        StringBuilder sb = new StringBuilder(tag.length() + count * 8);
        sb.append(tag);
        int element = 0;
        int rep = 0;
        int comp = 0;
        for (int i = 0; i < count; i++) {
            int e = positions[i * 3];
            int r = positions[i * 3 + 1];
            int c = positions[i * 3 + 2];
            if (e != element) {
                repeat(sb, delimiters.element(), e - element);
                element = e;
                rep = 1;
                comp = 1;
            }
            if (r != rep) {
                repeat(sb, delimiters.repetition(), r - rep);
                rep = r;
                comp = 1;
            }
            repeat(sb, delimiters.component(), c - comp);
            comp = c;
            sb.append(values[i]);
        }
        repeat(sb, delimiters.element(), elementCount - element);
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, char c, int times) {
        if (times == 1) {
            sb.append(c);
            return;
        }
        for (int i = 0; i < times; i++) {
            sb.append(c);
        }
    }
}

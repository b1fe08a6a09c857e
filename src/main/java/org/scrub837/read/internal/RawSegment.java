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

    private static final int INITIAL = 16;

    private final String tag;
    private String[] values = new String[INITIAL];
    private int[] elements = new int[INITIAL];
    private int[] repetitions = new int[INITIAL];
    private int[] components = new int[INITIAL];
    private int count;
    /** firstOf[e] = index of element e's first value, -1 when it has none; sized past the highest element. */
    private int[] firstOf = new int[INITIAL];
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
        if (count > 0 && elements[count - 1] == element && repetitions[count - 1] == rep
                && components[count - 1] == comp) {
            values[count - 1] = value; // a composite's placeholder (touch) filled by its first component
            return;
        }
        append(element, rep, comp, value);
    }

    /** Makes an element repetition exist, empty, e.g. for a composite sent without any component. */
    void touch(int element, int repetition) {
        int rep = Math.max(repetition, 1);
        if (count > 0 && elements[count - 1] == element && repetitions[count - 1] == rep) {
            return;
        }
        append(element, rep, 1, "");
    }

    private void append(int element, int rep, int comp, String value) {
        if (count == values.length) {
            int size = count * 2;
            values = Arrays.copyOf(values, size);
            elements = Arrays.copyOf(elements, size);
            repetitions = Arrays.copyOf(repetitions, size);
            components = Arrays.copyOf(components, size);
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
        elements[count] = element;
        repetitions[count] = rep;
        components[count] = comp;
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
        for (int i = firstOf[element]; i >= 0 && i < count && elements[i] == element && repetitions[i] == 1; i++) {
            if (components[i] == component) {
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
        for (int i = firstOf[element]; i >= 0 && i < count && elements[i] == element; i++) {
            max = Math.max(max, repetitions[i]);
        }
        return max;
    }

    /** Number of components sent in the first repetition of an element. */
    int componentCount(int element) {
        if (element < 1 || element > elementCount) {
            return 0;
        }
        int max = 0;
        for (int i = firstOf[element]; i >= 0 && i < count && elements[i] == element && repetitions[i] == 1; i++) {
            max = Math.max(max, components[i]);
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
            int e = elements[i];
            int r = repetitions[i];
            int c = components[i];
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

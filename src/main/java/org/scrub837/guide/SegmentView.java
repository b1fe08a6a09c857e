package org.scrub837.guide;

import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;

/**
 * One segment's elements located in its text without copying: offsets found by one pass over the
 * characters, values compared in place. Reused for every segment a thread checks (not thread-safe;
 * the validator keeps one per thread), so reading a segment allocates nothing until a value is
 * asked for as a String.
 *
 * <p>The hand-written checks, the walker and the claim edits each read the same segments of a claim
 * and its levels; {@link #of(Segment, Delimiters)} keeps the offsets of the last segments read, by
 * position in the transaction, so a segment's text is scanned once however many checks read it.
 */
final class SegmentView {

    private static final int MAX = 100;
    /** Parsed segments kept (a power of two): a claim with its levels is well under this. */
    private static final int SLOTS = 128;

    private final String[] slotText = new String[SLOTS];
    private final char[] slotElementSeparator = new char[SLOTS];
    private final char[] slotComponentSeparator = new char[SLOTS];
    private final int[] slotCount = new int[SLOTS];
    private final int[][] slotStart = new int[SLOTS][];
    private final int[][] slotEnd = new int[SLOTS][];

    private int[] start;
    private int[] end;
    private String text;
    private int count;
    private char componentSeparator;

    /**
     * Points the view at a segment, reusing its offsets when this view read the same segment (the same
     * text, by identity, at the same position, with the same separators) last time its slot was used.
     */
    SegmentView of(Segment segment, Delimiters d) {
        String segmentText = segment.text();
        char elementSeparator = d.element();
        char component = d.component();
        int slot = segment.position() & (SLOTS - 1);
        if (slotText[slot] != segmentText || slotElementSeparator[slot] != elementSeparator
                || slotComponentSeparator[slot] != component) {
            if (slotStart[slot] == null) {
                slotStart[slot] = new int[MAX];
                slotEnd[slot] = new int[MAX];
            }
            slotCount[slot] = split(segmentText, elementSeparator, slotStart[slot], slotEnd[slot]);
            slotText[slot] = segmentText;
            slotElementSeparator[slot] = elementSeparator;
            slotComponentSeparator[slot] = component;
        }
        text = segmentText;
        componentSeparator = component;
        start = slotStart[slot];
        end = slotEnd[slot];
        count = slotCount[slot];
        return this;
    }

    private static int split(String segmentText, char elementSeparator, int[] start, int[] end) {
        int count = 0;
        int from = 0;
        int n = segmentText.length();
        while (count < MAX) {
            int i = segmentText.indexOf(elementSeparator, from); // an intrinsic: faster than a loop of charAt
            start[count] = from;
            end[count] = i < 0 ? n : i;
            count++;
            if (i < 0) {
                break;
            }
            from = i + 1;
        }
        return count;
    }

    /** Number of elements sent (the tag not counted). */
    int size() {
        return count - 1;
    }

    boolean present(int element) {
        return element < count && end[element] > start[element];
    }

    int length(int element) {
        return element < count ? end[element] - start[element] : 0;
    }

    /** The element's text, "" when absent. */
    String element(int element) {
        return element < count ? text.substring(start[element], end[element]) : "";
    }

    boolean is(int element, String value) {
        return element < count && end[element] - start[element] == value.length()
                && text.startsWith(value, start[element]);
    }

    char charAt(int element, int index) {
        return text.charAt(start[element] + index);
    }

    /** Component {@code component} (1-based) of a composite element, "" when absent. */
    String component(int element, int component) {
        if (element >= count) {
            return "";
        }
        int s = start[element];
        int e = end[element];
        int c = 1;
        int from = s;
        for (int i = s; i <= e; i++) {
            if (i == e || text.charAt(i) == componentSeparator) {
                if (c == component) {
                    return text.substring(from, i);
                }
                c++;
                from = i + 1;
            }
        }
        return "";
    }

    private int selectedStart;
    private int selectedEnd;

    /**
     * Selects an element (component 0) or one of its components (1-based) for the selected-value
     * methods below; true when it holds a value. Finds the component's bounds in place.
     */
    boolean select(int element, int component) {
        selectedStart = 0;
        selectedEnd = 0;
        if (element >= count) {
            return false;
        }
        int s = start[element];
        int e = end[element];
        if (component == 0) {
            selectedStart = s;
            selectedEnd = e;
            return e > s;
        }
        int c = 1;
        int from = s;
        for (int i = s; i <= e; i++) {
            if (i == e || text.charAt(i) == componentSeparator) {
                if (c == component) {
                    selectedStart = from;
                    selectedEnd = i;
                    return i > from;
                }
                c++;
                from = i + 1;
            }
        }
        return false;
    }

    private static final int MAX_COMPONENTS = 32;
    private final int[] componentStart = new int[MAX_COMPONENTS];
    private final int[] componentEnd = new int[MAX_COMPONENTS];
    private int componentCount;

    /**
     * Finds the components of a composite element in one pass, for {@link #selectComponent(int)};
     * returns how many were sent (up to 32; 0 when the element is absent).
     */
    int splitComponents(int element) {
        componentCount = 0;
        if (element >= count) {
            return 0;
        }
        int s = start[element];
        int e = end[element];
        int from = s;
        for (int i = s; i <= e && componentCount < MAX_COMPONENTS; i++) {
            if (i == e || text.charAt(i) == componentSeparator) {
                componentStart[componentCount] = from;
                componentEnd[componentCount] = i;
                componentCount++;
                from = i + 1;
            }
        }
        return componentCount;
    }

    /**
     * Selects component {@code component} (1-based) of the element last split by
     * {@link #splitComponents(int)}; as {@link #select(int, int)} would, true when it holds a value.
     */
    boolean selectComponent(int component) {
        if (component > componentCount) {
            selectedStart = 0;
            selectedEnd = 0;
            return false;
        }
        selectedStart = componentStart[component - 1];
        selectedEnd = componentEnd[component - 1];
        return selectedEnd > selectedStart;
    }

    int selectedLength() {
        return selectedEnd - selectedStart;
    }

    char selectedChar(int index) {
        return text.charAt(selectedStart + index);
    }

    String selected() {
        return text.substring(selectedStart, selectedEnd);
    }

    /** The selected value compared with {@code value} as String.compareTo would, without copying it. */
    int compareSelected(String value) {
        int n = selectedEnd - selectedStart;
        int m = value.length();
        for (int i = 0; i < Math.min(n, m); i++) {
            int d = text.charAt(selectedStart + i) - value.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return n - m;
    }

    /** Whether the selected value is one of {@code sorted} (binary search in place). */
    boolean selectedIn(String[] sorted) {
        return selectedIndex(sorted) >= 0;
    }

    /** The selected value packed as {@link GuideCodeList#pack(String)} packs a code, read in place; -1 when it cannot be. */
    long selectedPacked() {
        int n = selectedEnd - selectedStart;
        if (n > 7) {
            return -1;
        }
        long p = 0;
        for (int i = selectedStart; i < selectedEnd; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return -1;
            }
            p = p << 8 | c;
        }
        return p | (long) n << 56;
    }

    /** Whether element {@code element} (component {@code component}, 0 for the element) is sent and one of {@code codes}. */
    boolean in(int element, int component, GuideCodeList codes) {
        return select(element, component) && codes.contains(this);
    }

    /** Index of the selected value in {@code sorted} (binary search in place), or -1. */
    int selectedIndex(String[] sorted) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareSelected(sorted[mid]);
            if (c == 0) {
                return mid;
            }
            if (c > 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** Whether the selected value is exactly {@code value}. */
    boolean selectedIs(String value) {
        return selectedEnd - selectedStart == value.length() && text.startsWith(value, selectedStart);
    }

    /** Whether the selected value is {@code min} to {@code max} digits. */
    boolean selectedDigits(int min, int max) {
        int n = selectedEnd - selectedStart;
        if (n < min || n > max) {
            return false;
        }
        for (int i = selectedStart; i < selectedEnd; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the selected value holds a lower-case letter a-z. */
    boolean selectedHasLowerCase() {
        for (int i = selectedStart; i < selectedEnd; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Whether the selected value is upper-case letters and digits only (and not empty). */
    boolean selectedUpperAlnum() {
        if (selectedEnd == selectedStart) {
            return false;
        }
        for (int i = selectedStart; i < selectedEnd; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The selected value as a CCYYMMDD date (as {@link GuideValues#date(String)} reads it), or -1; read in place. */
    int selectedDate() {
        return dateAt(selectedStart, selectedEnd);
    }

    /**
     * A DTP03 date read in place: the element as a CCYYMMDD date or, for a range (RD8,
     * CCYYMMDD-CCYYMMDD), its first or last date; -1 when absent or not a real date.
     */
    int date(int element, boolean range, boolean last) {
        if (!select(element, 0)) {
            return -1;
        }
        if (!range) {
            return dateAt(selectedStart, selectedEnd);
        }
        int dash = text.indexOf('-', selectedStart);
        if (dash < 0 || dash >= selectedEnd) {
            return -1;
        }
        return last ? dateAt(dash + 1, selectedEnd) : dateAt(selectedStart, dash);
    }

    private int dateAt(int s, int e) {
        if (e - s != 8) {
            return -1;
        }
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        int y = (text.charAt(s) - '0') * 1000 + (text.charAt(s + 1) - '0') * 100 + (text.charAt(s + 2) - '0') * 10
                + text.charAt(s + 3) - '0';
        int m = (text.charAt(s + 4) - '0') * 10 + text.charAt(s + 5) - '0';
        int d = (text.charAt(s + 6) - '0') * 10 + text.charAt(s + 7) - '0';
        return GuideValues.date(y, m, d);
    }

    /** Element {@code element} as a CCYYMMDD date, or -1 (absent or not a real date). */
    int date(int element) {
        return select(element, 0) ? selectedDate() : -1;
    }

    /** Whether element {@code element} (component {@code component}, 0 for the element) is sent and one of {@code sorted}. */
    boolean in(int element, int component, String[] sorted) {
        return select(element, component) && selectedIn(sorted);
    }

    /** Whether element {@code element} is sent and its first character is a minus sign. */
    boolean negative(int element) {
        return select(element, 0) && text.charAt(selectedStart) == '-';
    }

    /** Number of components sent in an element (1 for a simple value). */
    int components(int element) {
        if (element >= count) {
            return 0;
        }
        int n = 1;
        for (int i = start[element]; i < end[element]; i++) {
            if (text.charAt(i) == componentSeparator) {
                n++;
            }
        }
        return n;
    }
}

package org.scrub837.guide;

/**
 * One segment's elements located in its text without copying: offsets found by one pass over the
 * characters, values compared in place. Reused for every segment a thread checks (not thread-safe;
 * the validator keeps one per thread), so reading a segment allocates nothing until a value is
 * asked for as a String.
 */
final class SegmentView {

    private static final int MAX = 100;

    private final int[] start = new int[MAX];
    private final int[] end = new int[MAX];
    private String text;
    private int count;
    private char componentSeparator;

    /** Points the view at a segment's text (tag and elements) with the interchange's separators. */
    SegmentView of(String segmentText, char elementSeparator, char component) {
        text = segmentText;
        componentSeparator = component;
        count = 0;
        int from = 0;
        int n = segmentText.length();
        for (int i = 0; i <= n && count < MAX; i++) {
            if (i == n || segmentText.charAt(i) == elementSeparator) {
                start[count] = from;
                end[count] = i;
                count++;
                from = i + 1;
            }
        }
        return this;
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
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareSelected(sorted[mid]);
            if (c == 0) {
                return true;
            }
            if (c > 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
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

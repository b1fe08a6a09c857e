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
}

package org.scrub837.write;

/** Small operations on segment text joined with an interchange's element separator. */
final class X12Text {

    private X12Text() {
    }

    /**
     * Replaces element {@code index} (1 = first element after the tag) of a segment's text; the
     * element must exist. Works on fixed-width ISA as well, since the value replaces the element as a whole.
     */
    static String replaceElement(String segmentText, char separator, int index, String value) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start = segmentText.indexOf(separator, start);
            if (start < 0) {
                throw new IllegalArgumentException("segment has no element " + index);
            }
            start++;
        }
        int end = segmentText.indexOf(separator, start);
        if (end < 0) {
            end = segmentText.length();
        }
        return segmentText.substring(0, start) + value + segmentText.substring(end);
    }

    /** Joins a tag and elements with the separator. */
    static String join(char separator, String tag, String... elements) {
        StringBuilder sb = new StringBuilder(tag);
        for (String e : elements) {
            sb.append(separator).append(e);
        }
        return sb.toString();
    }
}

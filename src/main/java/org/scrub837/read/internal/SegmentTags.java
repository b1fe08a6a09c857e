package org.scrub837.read.internal;

import io.xlate.edi.stream.EDIStreamReader;

/**
 * The tag of a START_SEGMENT event as one shared String per distinct tag: an 837 uses a few dozen
 * tags over millions of segments, so the parsing thread looks the tag's characters up instead of
 * making a String of them each time. One per event switch (one thread); holds at most
 * {@link #SLOTS} tags, a tag whose slot is taken by another is made as a String each time.
 */
final class SegmentTags {

    /** Power of two, well above the number of tags in an 837 (about 70 in the 5010 guides). */
    private static final int SLOTS = 256;

    private final String[] slots = new String[SLOTS];
    private char[] scratch = new char[8];

    /** The current START_SEGMENT event's tag. */
    String tag(EDIStreamReader reader) {
        if (reader.getTextStart() != 0) {
            return reader.getText(); // StAEDI copies from the start of its buffer: take its String
        }
        int length = reader.getTextLength();
        if (length > scratch.length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        reader.getTextCharacters(0, scratch, 0, length);
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + scratch[i];
        }
        int slot = (hash ^ (hash >>> 7)) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && same(known, scratch, length)) {
            return known;
        }
        String tag = new String(scratch, 0, length);
        if (known == null) {
            slots[slot] = tag;
        }
        return tag;
    }

    private static boolean same(String known, char[] chars, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }
}

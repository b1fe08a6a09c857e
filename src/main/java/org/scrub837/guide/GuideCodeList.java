package org.scrub837.guide;

import java.util.Arrays;
import java.util.Collection;

/**
 * A code list of the guide: the codes sorted (for messages) and, for the look-up on the hot path,
 * each code packed into a {@code long} (up to seven ASCII characters and the length), so that
 * checking a value reads it once in place and searches an array of longs instead of comparing
 * Strings. A list with a longer code is searched as sorted Strings instead.
 */
final class GuideCodeList {

    private static final int MAX_PACKED = 7;

    private final String[] sorted;
    /** The packed codes, sorted; null when some code cannot be packed. */
    private final long[] packed;
    /** For each packed code, its index in {@link #sorted}. */
    private final int[] index;

    private GuideCodeList(String[] sorted) {
        this.sorted = sorted;
        long[] p = new long[sorted.length];
        boolean all = true;
        for (int i = 0; i < sorted.length && all; i++) {
            p[i] = pack(sorted[i]);
            all = p[i] >= 0;
        }
        if (!all) {
            packed = null;
            index = null;
            return;
        }
        long[] keys = p.clone();
        Arrays.sort(keys);
        int[] at = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (p[j] == keys[i]) {
                    at[i] = j;
                }
            }
        }
        packed = keys;
        index = at;
    }

    static GuideCodeList of(Collection<String> codes) {
        return of(codes.toArray(new String[0]));
    }

    /** @param codes the codes in any order (copied and sorted) */
    static GuideCodeList of(String[] codes) {
        String[] sorted = codes.clone();
        Arrays.sort(sorted);
        return new GuideCodeList(sorted);
    }

    /** The codes, sorted. */
    String[] codes() {
        return sorted;
    }

    /** Whether the value the view has selected is one of the codes. */
    boolean contains(SegmentView v) {
        return indexOf(v) >= 0;
    }

    /** The index in {@link #codes()} of the value the view has selected, or -1. */
    int indexOf(SegmentView v) {
        if (packed == null) {
            return v.selectedIndex(sorted);
        }
        long key = v.selectedPacked();
        if (key < 0) {
            return -1; // longer than any code, or not ASCII
        }
        int at = Arrays.binarySearch(packed, key);
        return at < 0 ? -1 : index[at];
    }

    /** A code as its characters, 8 bits each, and its length in the top byte; -1 when it is longer than 7 or not ASCII. */
    static long pack(String code) {
        int n = code.length();
        if (n > MAX_PACKED) {
            return -1;
        }
        long p = 0;
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c > 127) {
                return -1;
            }
            p = p << 8 | c;
        }
        return p | (long) n << 56;
    }
}

package org.scrub837.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A CMS NCCI procedure-to-procedure (PTP) edit table (practitioner or outpatient hospital), as
 * loaded from the quarterly files a user configured. No pair is built in. Held as sorted primitive
 * arrays (a practitioner edition has millions of rows): about 17 bytes an edit.
 */
public final class PtpTable {

    /** One edit in effect: the pair, its dates and its modifier indicator (0 not allowed, 1 allowed, 9 n/a). */
    public record Edit(String column1, String column2, LocalDate effective, LocalDate deletion, int modifierIndicator) {
    }

    private final String name;
    private final String source;
    private final long[] pairs;
    private final int[] effective;
    private final int[] deletion;
    private final byte[] indicator;

    /** Builds from arrays of equal length sorted by pair (see {@link Builder}). */
    private PtpTable(String name, String source, long[] pairs, int[] effective, int[] deletion, byte[] indicator) {
        this.name = name;
        this.source = source;
        this.pairs = pairs;
        this.effective = effective;
        this.deletion = deletion;
        this.indicator = indicator;
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public int size() {
        return pairs.length;
    }

    /**
     * The edit with {@code column1} as column 1 and {@code column2} as column 2 in effect on the date
     * of service (effective date to deletion date, both inclusive), if any. Codes are compared exactly
     * as sent: a code that is not five upper-case letters or digits matches nothing.
     */
    public Optional<Edit> edit(String column1, String column2, LocalDate dateOfService) {
        long key = pair(column1, column2);
        if (key < 0 || dateOfService == null) {
            return Optional.empty();
        }
        int day = (int) dateOfService.toEpochDay();
        int i = Arrays.binarySearch(pairs, key);
        if (i < 0) {
            return Optional.empty();
        }
        while (i > 0 && pairs[i - 1] == key) {
            i--;
        }
        for (; i < pairs.length && pairs[i] == key; i++) {
            if (day >= effective[i] && (deletion[i] == Integer.MAX_VALUE || day <= deletion[i])) {
                return Optional.of(new Edit(column1, column2, LocalDate.ofEpochDay(effective[i]),
                        deletion[i] == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(deletion[i]), indicator[i]));
            }
        }
        return Optional.empty();
    }

    /** Both codes packed into one number, or -1 when either is not a five-character code of 0-9/A-Z. */
    static long pair(String a, String b) {
        long x = code(a);
        long y = code(b);
        return x < 0 || y < 0 ? -1 : x * CODE_SPACE + y;
    }

    private static final long CODE_SPACE = 36L * 36 * 36 * 36 * 36;

    private static long code(String c) {
        if (c == null || c.length() != 5) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 5; i++) {
            char ch = c.charAt(i);
            int d;
            if (ch >= '0' && ch <= '9') {
                d = ch - '0';
            } else if (ch >= 'A' && ch <= 'Z') {
                d = ch - 'A' + 10;
            } else {
                return -1;
            }
            v = v * 36 + d;
        }
        return v;
    }

    /** Whether a code can be held in a table (five characters, digits or upper-case letters). */
    public static boolean isCode(String c) {
        return code(c) >= 0;
    }

    /** Collects edits, then sorts them once into a table. */
    public static final class Builder {
        private final String name;
        private final String source;
        private long[] pairs = new long[1024];
        private int[] effective = new int[1024];
        private int[] deletion = new int[1024];
        private byte[] indicator = new byte[1024];
        private int size;

        public Builder(String name, String source) {
            this.name = name;
            this.source = source;
        }

        /** @param deletion null when the edit has no deletion date */
        public Builder add(String column1, String column2, LocalDate effectiveDate, LocalDate deletionDate,
                int modifierIndicator) {
            long key = pair(column1, column2);
            if (key < 0) {
                throw new IllegalArgumentException("not five-character codes: " + column1 + ", " + column2);
            }
            if (size == pairs.length) {
                int n = size * 2;
                pairs = Arrays.copyOf(pairs, n);
                effective = Arrays.copyOf(effective, n);
                deletion = Arrays.copyOf(deletion, n);
                indicator = Arrays.copyOf(indicator, n);
            }
            pairs[size] = key;
            effective[size] = (int) effectiveDate.toEpochDay();
            deletion[size] = deletionDate == null ? Integer.MAX_VALUE : (int) deletionDate.toEpochDay();
            indicator[size] = (byte) modifierIndicator;
            size++;
            return this;
        }

        public PtpTable build() {
            long[] p = Arrays.copyOf(pairs, size);
            int[] e = Arrays.copyOf(effective, size);
            int[] d = Arrays.copyOf(deletion, size);
            byte[] m = Arrays.copyOf(indicator, size);
            // CMS files come sorted by column 1 and 2 already; sort in place anyway (no boxing: a
            // practitioner edition has millions of rows)
            sort(p, e, d, m, 0, size - 1);
            return new PtpTable(name, source, p, e, d, m);
        }

        /** Quicksort of the parallel arrays by (pair, effective date). */
        private static void sort(long[] p, int[] e, int[] d, byte[] m, int lo, int hi) {
            while (lo < hi) {
                int mid = lo + (hi - lo) / 2;
                long pivotPair = p[mid];
                int pivotEffective = e[mid];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (less(p[i], e[i], pivotPair, pivotEffective)) {
                        i++;
                    }
                    while (less(pivotPair, pivotEffective, p[j], e[j])) {
                        j--;
                    }
                    if (i <= j) {
                        swap(p, e, d, m, i++, j--);
                    }
                }
                // recurse into the smaller part, loop over the larger: stack depth stays logarithmic
                if (j - lo < hi - i) {
                    sort(p, e, d, m, lo, j);
                    lo = i;
                } else {
                    sort(p, e, d, m, i, hi);
                    hi = j;
                }
            }
        }

        private static boolean less(long pairA, int effectiveA, long pairB, int effectiveB) {
            return pairA != pairB ? pairA < pairB : effectiveA < effectiveB;
        }

        private static void swap(long[] p, int[] e, int[] d, byte[] m, int a, int b) {
            long tp = p[a];
            p[a] = p[b];
            p[b] = tp;
            int te = e[a];
            e[a] = e[b];
            e[b] = te;
            int td = d[a];
            d[a] = d[b];
            d[b] = td;
            byte tm = m[a];
            m[a] = m[b];
            m[b] = tm;
        }
    }
}

package org.scrub837.scrub.parallel;

/** Bytes {@code [start, end)} of a file. */
public record ByteRange(long start, long end) {

    public ByteRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public long length() {
        return end - start;
    }
}

package org.scrub837.read;

import org.scrub837.read.internal.StaediClaimReader;

/** Creates claim readers. A reader is stateless between calls: one instance serves concurrent reads. */
public final class ClaimReaders {

    /** Smallest input (of known size) whose parsing runs on a thread of its own, by default. */
    public static final long PARSE_AHEAD_MIN_BYTES = 256 * 1024;

    private ClaimReaders() {
    }

    /** A reader with the default {@link ReaderLimits}. */
    public static ClaimReader create() {
        return create(ReaderLimits.defaults());
    }

    public static ClaimReader create(ReaderLimits limits) {
        return create(limits, PARSE_AHEAD_MIN_BYTES);
    }

    /**
     * @param parseAheadMinBytes smallest input (of known size) parsed on a thread of its own, on a
     *                           machine with more than one processor
     */
    public static ClaimReader create(ReaderLimits limits, long parseAheadMinBytes) {
        return new StaediClaimReader(limits, parseAheadMinBytes);
    }
}

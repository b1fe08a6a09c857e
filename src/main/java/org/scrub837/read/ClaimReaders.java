package org.scrub837.read;

import org.scrub837.read.internal.StaediClaimReader;

/** Creates claim readers. A reader is stateless between calls: one instance serves concurrent reads. */
public final class ClaimReaders {

    private ClaimReaders() {
    }

    /** A reader with the default {@link ReaderLimits}. */
    public static ClaimReader create() {
        return create(ReaderLimits.defaults());
    }

    public static ClaimReader create(ReaderLimits limits) {
        return new StaediClaimReader(limits);
    }
}

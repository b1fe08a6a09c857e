package org.scrub837.scrub;

import org.scrub837.read.ClaimReaders;

/**
 * Every threshold that decides how a file is scrubbed, in one place: which {@link ScrubPlan} a
 * file of a given size gets, and when the reader parses on a thread of its own.
 *
 * @param processors          processors of the machine; one processor scrubs every file sequentially
 * @param handOffMinBytes     smallest file whose rules and writers run on a second thread
 *                            ({@link ScrubPlan#PIPELINED})
 * @param parseAheadMinBytes  smallest file the reader parses on a thread of its own (given to the reader)
 * @param parallelThreads     threads scrubbing the transactions of one file ({@code scrub.parallelThreads});
 *                            1 turns {@link ScrubPlan#PER_TRANSACTION} off
 * @param parallelMinBytes    smallest file scrubbed per transaction ({@code scrub.parallelMinBytes})
 * @param maxFileBytes        the reader's file size limit: a larger file is read whole, so that it
 *                            fails on the limit exactly as it would there
 */
public record ScrubPolicy(int processors, long handOffMinBytes, long parseAheadMinBytes, int parallelThreads,
        long parallelMinBytes, long maxFileBytes) {

    /** Below this, a second thread per file costs more than it saves (docs/benchmark.md). */
    public static final long HAND_OFF_MIN_BYTES = 256 * 1024;

    public ScrubPolicy {
        if (processors < 1 || parallelThreads < 1 || handOffMinBytes < 0 || parseAheadMinBytes < 0
                || parallelMinBytes < 0 || maxFileBytes < 1) {
            throw new IllegalArgumentException("processors and threads must be at least 1, sizes at least 0: "
                    + processors + ", " + parallelThreads + ", " + handOffMinBytes + ", " + parseAheadMinBytes + ", "
                    + parallelMinBytes + ", " + maxFileBytes);
        }
    }

    /** The shipped thresholds with the given per-transaction settings, on this machine's processors. */
    public static ScrubPolicy of(int parallelThreads, long parallelMinBytes, long maxFileBytes) {
        return new ScrubPolicy(Runtime.getRuntime().availableProcessors(), HAND_OFF_MIN_BYTES,
                ClaimReaders.PARSE_AHEAD_MIN_BYTES, parallelThreads, parallelMinBytes, maxFileBytes);
    }

    /** One reader per file (no per-transaction scrub), shipped thresholds otherwise. */
    public static ScrubPolicy oneReaderPerFile() {
        return of(1, 0, Long.MAX_VALUE);
    }

    /** The plan for a file of {@code size} bytes. */
    public ScrubPlan planFor(long size) {
        if (parallelThreads > 1 && size >= parallelMinBytes && size <= maxFileBytes) {
            return ScrubPlan.PER_TRANSACTION;
        }
        return oneReaderPlanFor(size);
    }

    /** The plan for a file read whole by one reader: also the fallback of the per-transaction scrub. */
    public ScrubPlan oneReaderPlanFor(long size) {
        return processors > 1 && size >= handOffMinBytes ? ScrubPlan.PIPELINED : ScrubPlan.SEQUENTIAL;
    }

    /**
     * Whether {@code replay} scrubs a file of this size alone rather than beside other files: the
     * per-transaction scrub may take it, and has the threads to itself.
     */
    public boolean scrubbedAlone(long size) {
        return parallelThreads > 1 && size >= parallelMinBytes;
    }

    /** In flight at most in the per-transaction scrub: pieces being scrubbed or spooled and waiting. */
    public int maxPiecesInFlight() {
        return 2 * parallelThreads;
    }
}

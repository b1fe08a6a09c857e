package org.scrub837.scrub;

/**
 * When a file's transactions are scrubbed on several threads (see {@link ParallelFileScrubber}).
 *
 * @param threads       threads scrubbing transactions at once; 1 scrubs every file sequentially
 * @param minBytes      smaller files are scrubbed sequentially (splitting them gains nothing)
 * @param maxFileBytes  the reader's file size limit: larger files are scrubbed sequentially, so
 *                      that they fail on the limit exactly as they would there
 */
public record ParallelScrubPolicy(int threads, long minBytes, long maxFileBytes) {

    public ParallelScrubPolicy {
        if (threads < 1 || minBytes < 0 || maxFileBytes < 1) {
            throw new IllegalArgumentException("threads must be at least 1, minBytes at least 0: " + threads + ", "
                    + minBytes);
        }
    }

    /** In flight at most: pieces being scrubbed or spooled and waiting for their turn. */
    public int maxPiecesInFlight() {
        return 2 * threads;
    }
}

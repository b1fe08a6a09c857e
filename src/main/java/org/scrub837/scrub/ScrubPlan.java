package org.scrub837.scrub;

/** How one file is scrubbed, chosen once per file by {@link ScrubPolicy#planFor(long)}. */
public enum ScrubPlan {
    /** One thread reads, judges and writes. Small files: a thread per file costs more than it saves. */
    SEQUENTIAL,
    /**
     * One reader; the rules and the writers run on a second thread fed in file order, and with two
     * reports or more each report on a thread of its own (docs/parallel.md).
     */
    PIPELINED,
    /**
     * The file's ST/SE transactions are read and judged on several threads and replayed in file
     * order ({@code scrub.parallel.PerTransactionScrubber}); a file it cannot take falls back to the
     * single-reader plan of its size.
     */
    PER_TRANSACTION
}

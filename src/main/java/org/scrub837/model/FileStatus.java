package org.scrub837.model;

import java.util.Locale;

/** The outcome of one input file, as the report's {@code status} says it. */
public enum FileStatus {
    /** Every claim accepted. */
    ACCEPTED,
    /** Some claims accepted, some rejected. */
    PARTIAL,
    /** Every claim rejected (or no claim at all was acceptable). */
    REJECTED,
    /** The file could not be scrubbed; the file findings say why. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FileStatus of(long accepted, long rejected) {
        if (rejected == 0) {
            return ACCEPTED;
        }
        return accepted == 0 ? REJECTED : PARTIAL;
    }
}

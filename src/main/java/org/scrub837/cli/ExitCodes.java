package org.scrub837.cli;

/** Exit statuses of the command line; scripts depend on them. */
public final class ExitCodes {

    /** Every claim of every file accepted. */
    public static final int ACCEPTED = 0;
    /** At least one claim rejected, and no file failed. */
    public static final int CLAIMS_REJECTED = 1;
    /** At least one file failed (unreadable, not an 837). */
    public static final int FILE_FAILED = 2;
    /** The command line was wrong. */
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}

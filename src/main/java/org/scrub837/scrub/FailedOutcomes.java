package org.scrub837.scrub;

import java.io.IOException;
import java.util.List;

import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.read.InvalidEdiException;

/**
 * The outcome of a file that failed, in one place: its single finding ({@link FileScrubber#FILE_UNREADABLE})
 * says why, and no claim counts as accepted or rejected.
 */
final class FailedOutcomes {

    /** The authority of a file that is not valid X12. */
    static final String SYNTAX_AUTHORITY = "ASC X12 005010 syntax";
    /** An input that could not be read at all cites nothing: the failure is the system's, not the file's. */
    static final String NO_AUTHORITY = "";

    private FailedOutcomes() {
    }

    /** A file that is not valid X12: the finding names the segment and what was expected. */
    static FileOutcome invalidEdi(String base, String fileName, String ruleSetVersion, InvalidEdiException e,
            long claimsRead) {
        return failed(base, fileName, ruleSetVersion, claimsRead,
                new Finding(FileScrubber.FILE_UNREADABLE, Severity.REJECT, null, e.transactionSegmentPosition(),
                        e.getMessage(), SYNTAX_AUTHORITY));
    }

    /** A file that could not be read at all (an I/O error on the input). */
    static FileOutcome unreadable(String base, String fileName, String ruleSetVersion, IOException cause) {
        String reason = fileName + ": cannot be read: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return failed(base, fileName, ruleSetVersion, 0,
                new Finding(FileScrubber.FILE_UNREADABLE, Severity.REJECT, null, 0, reason, NO_AUTHORITY));
    }

    private static FileOutcome failed(String base, String fileName, String ruleSetVersion, long claimsRead,
            Finding why) {
        return new FileOutcome(base, fileName, FileStatus.FAILED, ruleSetVersion, claimsRead, 0, 0, List.of(why));
    }
}

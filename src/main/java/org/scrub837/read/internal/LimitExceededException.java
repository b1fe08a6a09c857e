package org.scrub837.read.internal;

import java.io.IOException;

/**
 * A reader limit was met while bytes were being read. An IOException so that it passes through
 * StAEDI's input handling; the reader turns it into an InvalidEdiException.
 */
final class LimitExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long fileSegmentPosition;

    LimitExceededException(String reason, long fileSegmentPosition) {
        super(reason);
        this.fileSegmentPosition = fileSegmentPosition;
    }

    long fileSegmentPosition() {
        return fileSegmentPosition;
    }

    /** The limit exception in a cause chain, or null. */
    static LimitExceededException find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LimitExceededException) {
                return (LimitExceededException) c;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}

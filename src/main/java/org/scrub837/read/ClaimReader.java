package org.scrub837.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the claims out of an X12 837 (005010X222A1 professional, 005010X223A2 institutional).
 * Memory does not grow with the number of claims. Implementations know nothing of Camel or of
 * where the bytes come from.
 */
public interface ClaimReader {

    /**
     * Reads one file from start to end, handing each envelope and claim to the handler.
     *
     * @param in        the file's bytes; not closed
     * @param fileName  the file's name, used in error messages only
     * @throws InvalidEdiException when the input cannot be read as a 5010 837 at all (the whole file fails)
     * @throws IOException         when reading the stream fails
     */
    void read(InputStream in, String fileName, ClaimHandler handler) throws InvalidEdiException, IOException;

    /**
     * Reads one file that can be opened again. Same events and outcome as {@link #read(InputStream,
     * String, ClaimHandler)}, but the file may be read twice: a fast pass that validates with the
     * reader's own checks and, only if it meets a segment it cannot vouch for, a validating pass
     * that skips the events the fast pass already delivered. The handler sees every event once.
     */
    default void read(EdiSource source, String fileName, ClaimHandler handler) throws InvalidEdiException, IOException {
        try (InputStream in = source.open()) {
            read(in, fileName, handler);
        }
    }
}

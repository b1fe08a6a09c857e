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
}

package org.scrub837.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes of one X12 file that can be opened more than once. The reader reads such a source in a fast
 * pass and, only when that pass meets a segment it cannot vouch for, once more with full validation.
 */
@FunctionalInterface
public interface EdiSource {

    /** A new stream from the first byte; the reader closes it. */
    InputStream open() throws IOException;

    static EdiSource of(Path file) {
        return () -> Files.newInputStream(file);
    }
}

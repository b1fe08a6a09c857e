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

    /**
     * The size in bytes when known cheaply, else -1. The reader parses a file of a few hundred KB or
     * more on a second thread; an unknown size reads on the caller's thread alone (as the parallel
     * scrub wants: its threads already use every core).
     */
    default long size() throws IOException {
        return -1;
    }

    static EdiSource of(Path file) {
        return new EdiSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() throws IOException {
                return Files.size(file);
            }
        };
    }
}

package org.scrub837.scrub;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.scrub837.read.EdiSource;

/**
 * Told how far each file's scrub has got, for progress displays (replay's line on a terminal, the
 * service's periodic log line). {@link #start} is called when a file's scrub starts; the
 * {@link File} it returns hears of bytes read and claims done from the scrub's threads (the reader's
 * and the judging thread may differ), so implementations must be thread-safe and cheap.
 */
public interface ScrubProgress {

    /** No progress wanted. */
    ScrubProgress NONE = input -> File.NONE;

    /** The progress of one file's scrub. */
    interface File {

        File NONE = new File() {
        };

        /**
         * The file has been read up to this byte offset. A file read a second time (the reader's
         * validating pass, or the sequential scrub after a parallel attempt) starts again from 0.
         */
        default void bytesRead(long offset) {
        }

        /** One more claim judged and handed to the outputs. */
        default void claimDone() {
        }

        /** The scrub of the file is over, whatever its outcome. */
        default void finished() {
        }
    }

    /** A file's scrub starts. */
    File start(Path input);

    /** The source with every byte read from it told to {@code progress}. */
    static EdiSource counted(EdiSource source, File progress) {
        if (progress == File.NONE) {
            return source;
        }
        return new EdiSource() {
            @Override
            public InputStream open() throws IOException {
                return new FilterInputStream(source.open()) {
                    private long offset;

                    @Override
                    public int read() throws IOException {
                        int b = super.read();
                        if (b >= 0) {
                            progress.bytesRead(++offset);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = super.read(buffer, off, len);
                        if (n > 0) {
                            offset += n;
                            progress.bytesRead(offset);
                        }
                        return n;
                    }

                    @Override
                    public long skip(long n) throws IOException {
                        long skipped = super.skip(n);
                        offset += skipped;
                        return skipped;
                    }
                };
            }

            @Override
            public long size() throws IOException {
                return source.size();
            }
        };
    }
}

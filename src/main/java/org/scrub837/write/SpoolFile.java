package org.scrub837.write;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A spool for parts a writer must write before it knows what comes first (totals): kept in memory
 * up to {@link #MEMORY_LIMIT} bytes, and beyond that in a temporary file beside the output, so
 * memory stays bounded whatever the file's size while small files never touch the disk for it
 * (creating and deleting a spool file cost more than scrubbing a small claim file). The temporary
 * file is named like {@link AtomicFile}'s ({@code .name.*.part}) so that folder consumers ignore
 * it, and is deleted on {@link #close()}.
 *
 * <p>Written once through {@link #output()}, then read through {@link #input()}.
 */
final class SpoolFile implements AutoCloseable {

    /** Bytes kept in memory before the spool moves to a file. */
    static final int MEMORY_LIMIT = 256 * 1024;

    private final Path target;
    private final String purpose;
    private byte[] memory = new byte[4096];
    private long size;
    private Path file;
    private OutputStream fileOut;
    private boolean opened;

    SpoolFile(Path target, String purpose) {
        this.target = target;
        this.purpose = purpose;
    }

    /** The stream to write the spool; once per spool. Closing it is optional before {@link #input()}. */
    OutputStream output() {
        if (opened) {
            throw new IllegalStateException("the spool is already being written");
        }
        opened = true;
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                append(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (fileOut != null) {
                    fileOut.flush();
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private void append(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && size + len > MEMORY_LIMIT) {
            spill();
        }
        if (fileOut != null) {
            fileOut.write(b, off, len);
        } else {
            if (size + len > memory.length) {
                memory = Arrays.copyOf(memory, (int) Math.min(MEMORY_LIMIT, Math.max(memory.length * 2L, size + len)));
            }
            System.arraycopy(b, off, memory, (int) size, len);
        }
        size += len;
    }

    /** Moves what memory holds into a temporary file; later bytes go there too. */
    private void spill() throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + "." + purpose + ".";
        try {
            file = Files.createTempFile(dir, prefix, AtomicFile.TEMP_SUFFIX);
        } catch (NoSuchFileException e) {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, prefix, AtomicFile.TEMP_SUFFIX);
        }
        fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        fileOut.write(memory, 0, (int) size);
        memory = null;
    }

    /** Bytes written so far. */
    long size() {
        return size;
    }

    /** Everything written, from the first byte. */
    InputStream input() throws IOException {
        if (fileOut == null) {
            return new ByteArrayInputStream(memory, 0, (int) size);
        }
        fileOut.flush();
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        memory = null;
        if (fileOut != null) {
            try {
                fileOut.close();
            } catch (IOException ignored) {
                // deleted below
            }
            fileOut = null;
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the .part name keeps a leftover out of every consumer's way
            }
            file = null;
        }
    }
}

package org.scrub837.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name beside its target and renamed into place on
 * {@link #commit()}, so that a reader of the folder never sees it half-written. Temporary names
 * start with {@code .} and end with {@code .part}, which the watch folder's consumers ignore.
 */
public final class AtomicFile implements AutoCloseable {

    /** Suffix of every temporary output file. */
    public static final String TEMP_SUFFIX = ".part";

    /**
     * Permissions every output gets before it is renamed into place (scrub.outputMode, set once
     * at startup); null keeps the temporary file's own (owner only).
     */
    private static volatile Set<PosixFilePermission> outputMode;

    /** The temporary file's permissions until the rename: owner read and write only. */
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions.asFileAttribute(
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

    /** Sets the permissions of every output from now on (null: owner only, the temporary file's). */
    public static void setOutputMode(Set<PosixFilePermission> mode) {
        outputMode = mode == null ? null : Set.copyOf(mode);
    }

    /** The permissions outputs get (scrub.outputMode), or null. */
    public static Set<PosixFilePermission> outputMode() {
        return outputMode;
    }

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean done;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName().toString() + ".";
        FileChannel channel;
        Path created;
        boolean foldersMade = false;
        while (true) {
            created = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
            try {
                channel = createNew(created);
                break;
            } catch (FileAlreadyExistsException e) {
                // another writer's temporary name: draw again (64 random bits, so almost never)
            } catch (NoSuchFileException e) {
                // the folder is made on first use only: createDirectories on every output costs two
                // exceptions and two system calls each time, a fixed cost of every small file
                if (foldersMade) {
                    throw e;
                }
                FileModes.createFolders(dir);
                foldersMade = true;
            }
        }
        this.temp = created;
        this.out = new GrowingBuffer(Channels.newOutputStream(channel));
    }

    /**
     * Buffers up to 64 KB per write to the file, as a {@code BufferedOutputStream} of 64 KB did, but
     * starts at 4 KB and doubles as the output grows: the same write calls for every size of file, and
     * a small output (an API request's one-claim report and 837, a few hundred bytes each) no longer
     * takes a 64 KB array, which was a quarter of such a request's allocation.
     */
    static final class GrowingBuffer extends OutputStream {
        private static final int FIRST = 1 << 12;
        private static final int MOST = 1 << 16;
        private final OutputStream file;
        private byte[] buffer = new byte[FIRST];
        private int count;

        GrowingBuffer(OutputStream file) {
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                makeRoom(1);
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len >= MOST) {
                // as BufferedOutputStream: a write as large as the buffer goes straight to the file
                flushBuffer();
                file.write(b, off, len);
                return;
            }
            if (len > buffer.length - count) {
                makeRoom(len);
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        /** Grows the buffer for {@code len} more bytes while it is under 64 KB, else writes it out. */
        private void makeRoom(int len) throws IOException {
            if (buffer.length < MOST) {
                int size = buffer.length;
                while (size < MOST && size - count < len) {
                    size <<= 1;
                }
                buffer = Arrays.copyOf(buffer, size);
            }
            if (len > buffer.length - count) {
                flushBuffer();
            }
        }

        private void flushBuffer() throws IOException {
            if (count > 0) {
                file.write(buffer, 0, count);
                count = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            file.flush();
        }

        @Override
        public void close() throws IOException {
            try (file) {
                flushBuffer();
            }
        }
    }

    /**
     * Creates the temporary file, readable by its owner only (it holds claim data until the rename
     * gives it scrub.outputMode), and opens it in one system call: Files.createTempFile followed by
     * opening the file for writing took two, with a secure random name nobody needs here (the name
     * only has to be new, which CREATE_NEW makes sure of).
     */
    private static FileChannel createNew(Path file) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(file, options, OWNER_ONLY);
        }
        return FileChannel.open(file, options);
    }

    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
    }

    public Path target() {
        return target;
    }

    /** The stream to write to; do not close it, commit or discard instead. */
    public OutputStream stream() {
        return out;
    }

    /**
     * Flushes and renames the file into place, replacing an existing one. It does not fsync: the
     * rename protects readers of the folder from half-written files and a killed process from
     * leaving one, not the file from a power cut (see docs/guarantees.md).
     */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or discarded: " + target);
        }
        done = true;
        try (out) {
            out.flush();
        }
        Set<PosixFilePermission> mode = outputMode;
        if (mode != null && Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temp, mode);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary file; the target is left as it was. */
    public void discard() {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is deleted below anyway
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more can be done; the .part name keeps it out of every consumer's way
        }
    }

    @Override
    public void close() {
        discard();
    }
}

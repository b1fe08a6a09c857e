package org.scrub837.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

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
        Path created;
        try {
            created = Files.createTempFile(dir, prefix, TEMP_SUFFIX);
        } catch (NoSuchFileException e) {
            // the folder is made on first use only: createDirectories on every output costs two
            // exceptions and two system calls each time, a fixed cost of every small file
            FileModes.createFolders(dir);
            created = Files.createTempFile(dir, prefix, TEMP_SUFFIX);
        }
        this.temp = created;
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
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

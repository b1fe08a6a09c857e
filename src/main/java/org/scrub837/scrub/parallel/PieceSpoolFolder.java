package org.scrub837.scrub.parallel;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a parallel scrub spools its pieces to (claim data: PHI). It holds a lock file locked
 * for as long as the scrub runs, so that {@link #removeStale(Path)} can tell the folder of a JVM that
 * was killed mid-scrub (the operating system released its lock) from one in use by a scrub still
 * running, in this JVM or another, and delete only the former.
 */
public final class PieceSpoolFolder implements AutoCloseable {

    static final String PREFIX = "scrub837-pieces-";
    static final String LOCK = ".lock";
    private static final Duration MIN_STALE_AGE = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(PieceSpoolFolder.class);

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private PieceSpoolFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * A new folder under {@code parent} (created when missing; null: the system's temporary folder),
     * owner-only on POSIX.
     */
    public static PieceSpoolFolder create(Path parent) throws IOException {
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path dir = parent == null ? Files.createTempDirectory(PREFIX) : Files.createTempDirectory(parent, PREFIX);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new PieceSpoolFolder(dir, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            deleteAll(dir);
            throw e;
        }
    }

    public Path path() {
        return dir;
    }

    /** Deletes the folder and everything in it. */
    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("could not release the lock of the spool folder {}: {}", dir, e.toString());
        }
        deleteAll(dir);
    }

    /**
     * Deletes the spool folders under {@code parent} (null: the system's temporary folder) that no
     * running scrub holds: those a killed JVM left behind. Returns how many it deleted.
     */
    public static int removeStale(Path parent) {
        return removeStale(parent, MIN_STALE_AGE);
    }

    /**
     * @param minAge folders younger than this are left alone: between creating its folder and
     *               locking it, a scrub starting in another JVM holds no lock yet
     */
    static int removeStale(Path parent, Duration minAge) {
        Instant youngest = Instant.now().minus(minAge);
        Path root = parent != null ? parent : Path.of(System.getProperty("java.io.tmpdir"));
        int removed = 0;
        if (!Files.isDirectory(root)) {
            return 0; // no scrub has spooled there yet
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && !Files.getLastModifiedTime(dir).toInstant().isAfter(youngest)
                        && !inUse(dir)) {
                    deleteAll(dir);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("could not look for stale spool folders in {}: {}", root, e.toString());
        }
        if (removed > 0) {
            LOG.info("removed {} spool folder(s) left by a scrub that did not finish", removed);
        }
        return removed;
    }

    private static boolean inUse(Path dir) {
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true; // another process holds it
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM holds it
        } catch (IOException e) {
            return true; // when in doubt, leave it
        }
    }

    private static void deleteAll(Path dir) {
        try {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.warn("could not delete the spool folder {}: {}", dir, e.toString());
        }
    }
}

package org.scrub837.api;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.Comparator;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private folders API requests are scrubbed in, under {@code scrub.state/api-requests}: one per
 * request in flight, each made owner-only by {@link Files#createTempDirectory} with a name no other
 * service sharing the state folder can take. A folder is emptied when its request is done and then
 * kept for the next request, instead of being made and removed for every request: for a one-claim
 * request those were a fifth of the service's file system calls (a random name read from the
 * system's random source, mkdir, a tree walk with a stat per file, rmdir).
 *
 * <p>A folder is only ever handed out empty: everything a request left in it is deleted before its
 * answer is sent (the caller gives it back first), and a folder that could not be emptied is never
 * handed out again (what could be deleted of it is), so no request can see another's files or take
 * a stale output for its own. Kept folders are empty and hold nothing of any request.
 */
final class ApiWorkFolders {

    private static final Logger LOG = LoggerFactory.getLogger(ApiWorkFolders.class);

    /** Deletes one file or empty folder: tests make it fail. */
    @FunctionalInterface
    interface Deleter {
        void delete(Path path) throws IOException;
    }

    private final Path parent;
    private final Deleter deleter;
    /** Emptied folders; the last one given back is handed out first (still in the OS's caches). */
    private final ConcurrentLinkedDeque<Path> idle = new ConcurrentLinkedDeque<>();

    ApiWorkFolders(Path parent) throws IOException {
        this(parent, null);
    }

    /** @param deleter deletes one file or empty folder instead of the file system's own (tests); null for that */
    ApiWorkFolders(Path parent, Deleter deleter) throws IOException {
        this.parent = Files.createDirectories(parent);
        this.deleter = deleter;
    }

    /** An empty private folder for one request; give it back with {@link #giveBack(Path)}. */
    Path take() throws IOException {
        Path folder = idle.pollFirst();
        return folder != null ? folder : Files.createTempDirectory(parent, "req");
    }

    /**
     * Deletes everything in {@code folder}; kept for the next request only when that worked, else
     * removed as far as possible and never handed out again.
     */
    void giveBack(Path folder) {
        if (empty(folder)) {
            idle.addFirst(folder);
            return;
        }
        LOG.warn("api: a request's temporary folder could not be emptied; it is not used again");
        deleteTree(folder);
    }

    /** Deletes the folder's entries (a sub-folder with its contents); false when anything is left. */
    private boolean empty(Path folder) {
        boolean emptied = true;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                try {
                    delete(entries, entry);
                } catch (IOException e) {
                    // a folder here is unexpected (the scrub writes files only): the slow way for it
                    emptied &= Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && deleteTree(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return emptied;
    }

    /**
     * Deletes one entry as a file. Through the open folder where the platform allows it (Linux):
     * one unlinkat, where {@link Files#delete} would first stat the file to learn whether it is a
     * folder; a folder fails here and is deleted as a tree by the caller.
     */
    private void delete(DirectoryStream<Path> entries, Path entry) throws IOException {
        if (deleter == null && entries instanceof SecureDirectoryStream<Path> open) {
            open.deleteFile(entry.getFileName());
        } else {
            deleteOne(entry);
        }
    }

    private void deleteOne(Path path) throws IOException {
        if (deleter == null) {
            Files.delete(path);
        } else {
            deleter.delete(path);
        }
    }

    /** Deletes {@code root} and everything under it, as far as it can; true when all of it is gone. */
    private boolean deleteTree(Path root) {
        boolean all = true;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                try {
                    deleteOne(p);
                } catch (IOException e) {
                    all = false;
                    LOG.warn("api: a temporary file could not be removed: {}", e.getClass().getSimpleName());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("api: a temporary folder could not be removed: {}", e.getClass().getSimpleName());
            return false;
        }
        return all;
    }
}

package org.scrub837.watch;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrub837.scrub.ScrubSettings;

/**
 * The folders of the watch-folder service, each under the key that sets it, and what is wrong
 * with them: made and proven writable once at startup (the service refuses to start otherwise),
 * then checked again for the readiness probe and the folder monitor (missing, not a folder, not
 * writable, or its file system nearly full).
 */
public final class ServiceFolders {

    private final Map<String, Path> folders = new LinkedHashMap<>();
    private final long minFreeBytes;

    public ServiceFolders(ScrubSettings settings) {
        folders.put("scrub.inbox", settings.inbox());
        folders.put("scrub.outbox", settings.outbox());
        folders.put("scrub.reports", settings.reports());
        folders.put("scrub.archive", settings.archive());
        folders.put("scrub.failed", settings.failed());
        folders.put("scrub.state", settings.state());
        this.minFreeBytes = settings.minFreeBytes();
    }

    /** Each folder by the key that sets it, absolute. */
    public Map<String, Path> all() {
        return Map.copyOf(folders);
    }

    /**
     * Makes every folder and writes and deletes a probe file in each.
     *
     * @throws IllegalArgumentException naming the key, the folder and the reason, on the first that fails
     */
    public void prepare() {
        for (Map.Entry<String, Path> e : folders.entrySet()) {
            Path dir = e.getValue();
            try {
                org.scrub837.write.FileModes.createFolders(dir);
                Path probe = Files.createTempFile(dir, ".scrub837-write-check-", ".tmp");
                Files.delete(probe);
            } catch (IOException | SecurityException ex) {
                throw new IllegalArgumentException(e.getKey() + ": folder " + dir + " cannot be "
                        + (Files.isDirectory(dir) ? "written" : "created") + " (" + reason(ex) + ")", ex);
            }
        }
    }

    /** What is wrong now, one line per folder in trouble; empty when all are usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> e : folders.entrySet()) {
            Path dir = e.getValue();
            String problem = problem(dir);
            if (problem != null) {
                problems.add(e.getKey() + ": " + dir + " " + problem);
            }
        }
        return problems;
    }

    private String problem(Path dir) {
        if (!Files.exists(dir)) {
            return "is missing";
        }
        if (!Files.isDirectory(dir)) {
            return "is not a folder";
        }
        if (!Files.isWritable(dir)) {
            return "is not writable";
        }
        try {
            FileStore store = Files.getFileStore(dir);
            if (store.getUsableSpace() < minFreeBytes) {
                // no figure of the moment in the text: the monitor logs a problem once, not at every change
                return "has fewer free bytes than scrub.minFreeBytes (" + minFreeBytes + ")";
            }
        } catch (IOException e) {
            return "cannot be examined (" + reason(e) + ")";
        }
        return null;
    }

    private static String reason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}

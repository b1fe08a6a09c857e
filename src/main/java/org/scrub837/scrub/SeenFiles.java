package org.scrub837.scrub;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The persisted record of file contents already processed: one line per file, SHA-256 and file
 * name, appended and synced before the original leaves the inbox. Only hashes and file names are
 * kept, never content. Shared by the consumer threads of one process (synchronized) and by
 * processes (a file lock around each append and reload).
 */
final class SeenFiles {

    private final Path file;
    private final Map<String, String> byHash = new HashMap<>();
    private long loadedBytes;

    SeenFiles(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
    }

    /** The name the content was first processed under, or null when new. */
    synchronized String nameOf(String hash) throws IOException {
        reloadIfGrown();
        return byHash.get(hash);
    }

    synchronized void record(String hash, String name) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                FileLock lock = ch.lock()) {
            BufferedWriter w = new BufferedWriter(java.nio.channels.Channels.newWriter(ch, StandardCharsets.UTF_8));
            // a name cannot hold a line break on any file system we serve; tabs are replaced to keep the format
            w.write(hash + "\t" + name.replace('\t', ' ').replace('\n', ' ') + "\n");
            w.flush();
            ch.force(true);
        }
        byHash.putIfAbsent(hash, name);
    }

    private void reloadIfGrown() throws IOException {
        long size = Files.size(file);
        if (size == loadedBytes) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                byHash.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        loadedBytes = size;
    }
}

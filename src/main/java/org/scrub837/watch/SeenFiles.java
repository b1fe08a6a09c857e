package org.scrub837.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The persisted record of file contents already processed: one line per file, SHA-256 and file
 * name, appended before the original leaves the inbox and synced to disk right after, by
 * {@link StateSync}, without waiting for it (see there why), or before {@link #record} returns with
 * {@code scrub.stateSync = each}. Only hashes and file names are
 * kept, never content. Shared by the consumer threads of one process (synchronized) and by
 * processes (a file lock around each append).
 *
 * <p>A process killed in the middle of an append leaves a last line without its line break. Such a
 * line is never trusted (its name may be cut short): loading reads complete lines only, and the
 * next append first cuts the torn tail off, so that it cannot glue itself to the next record. The
 * file it described is still in the inbox (the record is written before the move) and is simply
 * scrubbed again.
 */
final class SeenFiles implements ContentRecord {

    private static final int HASH_LENGTH = 64;

    private final Path file;
    private final boolean syncEach;
    private final Map<String, String> byHash = new HashMap<>();
    /** Every name recorded, for {@link #holdsName}. */
    private final Set<String> names = new HashSet<>();
    /** Bytes of the file already read, always just after a line break: the file only grows at its end. */
    private long loadedBytes;

    SeenFiles(Path file) throws IOException {
        this(file, false);
    }

    /** @param syncEach sync each record before {@link #record} returns ({@code scrub.stateSync = each}) */
    SeenFiles(Path file, boolean syncEach) throws IOException {
        this.file = file;
        this.syncEach = syncEach;
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
    }

    /** The name the content was first processed under, or null when new. */
    @Override
    public synchronized String nameOf(String hash) throws IOException {
        readNewLines();
        return byHash.get(hash);
    }

    @Override
    public synchronized void record(String hash, String name) throws IOException {
        // a name cannot hold a line break on any file system we serve; tabs are replaced to keep the format
        byte[] line = (hash + "\t" + name.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ') + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = ch.lock()) {
            long end = endOfLastCompleteLine(ch);
            if (end < ch.size()) {
                ch.truncate(end); // a torn record of a killed process: see the class comment
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long at = end;
            while (buffer.hasRemaining()) {
                at += ch.write(buffer, at);
            }
            if (syncEach) {
                ch.force(true);
            }
        }
        if (!syncEach) {
            StateSync.request(file);
        }
        byHash.putIfAbsent(hash, name);
        names.add(name);
    }

    /** Whether some record carries this name (whatever its hash). */
    synchronized boolean holdsName(String name) throws IOException {
        readNewLines();
        return names.contains(name);
    }

    /** Reads the complete lines appended since the last read, by this or another process. */
    private void readNewLines() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < loadedBytes) {
                // only a torn tail is ever cut, and it was never read; anything else is a replaced file
                byHash.clear();
                names.clear();
                loadedBytes = 0;
            }
            if (size == loadedBytes) {
                return;
            }
            ByteArrayOutputStream pending = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long position = loadedBytes;
            while (position < size) {
                buffer.clear();
                int n = ch.read(buffer, position);
                if (n <= 0) {
                    break;
                }
                position += n;
                for (int i = 0; i < n; i++) {
                    byte b = buffer.get(i);
                    if (b == '\n') {
                        accept(new String(pending.toByteArray(), StandardCharsets.UTF_8));
                        loadedBytes += pending.size() + 1;
                        pending.reset();
                    } else {
                        pending.write(b);
                    }
                }
            }
            // bytes after the last line break stay unread: a torn line, or an append in progress
        }
    }

    private void accept(String line) {
        int tab = line.indexOf('\t');
        if (tab == HASH_LENGTH && isHex(line.substring(0, tab)) && tab + 1 < line.length()) {
            byHash.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
            names.add(line.substring(tab + 1));
        }
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The size of the file up to and including its last line break (0 when there is none). */
    private static long endOfLastCompleteLine(FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long p = size - 1; p >= 0; p--) {
            one.clear();
            ch.read(one, p);
            if (one.get(0) == '\n') {
                return p + 1;
            }
        }
        return 0;
    }
}

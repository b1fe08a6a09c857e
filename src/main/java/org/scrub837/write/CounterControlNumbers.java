package org.scrub837.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;

/**
 * Fresh control numbers from counters kept in a state folder, so that no receiver ever sees an
 * ISA13 twice (payers reject a reused one). The counters live in {@code control-numbers.state}
 * ({@code key=last number used} lines); every number is written to disk and synced before it is
 * handed out, so a crash can skip numbers but never reuse one. Safe for several threads (one
 * monitor per state folder in this JVM) and several processes (an exclusive {@link java.nio.channels.FileLock} on
 * {@code control-numbers.lock}) sharing the folder. The state file is replaced by rename, never
 * rewritten in place, so a crash mid-write leaves the previous state intact.
 *
 * <p>ISA13 is 9 digits zero-padded, GS06 plain digits, ST02 at least 4 digits zero-padded. Each
 * counter runs 1..999999999 and then starts again at 1.
 */
public final class CounterControlNumbers implements ControlNumbers {

    public static final String STATE_FILE = "control-numbers.state";
    public static final String LOCK_FILE = "control-numbers.lock";

    static final long MAX = 999_999_999L;

    /** FileChannel locks are held per JVM, not per thread: threads of this JVM queue on a monitor first. */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path folder;
    private final Path stateFile;
    private final Path lockFile;
    private final Object monitor;

    public CounterControlNumbers(Path stateFolder) throws IOException {
        // the real path, so that two spellings of one folder share one monitor
        this.folder = Files.createDirectories(stateFolder).toRealPath();
        this.stateFile = folder.resolve(STATE_FILE);
        this.lockFile = folder.resolve(LOCK_FILE);
        this.monitor = MONITORS.computeIfAbsent(folder, k -> new Object());
    }

    @Override
    public String interchange(Interchange source) throws IOException {
        return String.format("%09d", next("interchange"));
    }

    @Override
    public String group(FunctionalGroup source) throws IOException {
        return Long.toString(next("group"));
    }

    @Override
    public String transaction(Transaction source) throws IOException {
        return String.format("%04d", next("transaction"));
    }

    /** Takes the next number of a counter, persisting it before returning it. */
    long next(String counter) throws IOException {
        synchronized (monitor) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                // Exclusive between processes; released when the channel closes, after the new state is on disk.
                channel.lock();
                Map<String, Long> state = readState();
                long last = state.getOrDefault(counter, 0L);
                long next = last >= MAX ? 1 : last + 1;
                state.put(counter, next);
                writeState(state);
                return next;
            }
        }
    }

    private Map<String, Long> readState() throws IOException {
        Map<String, Long> state = new TreeMap<>();
        if (!Files.exists(stateFile)) {
            return state;
        }
        int lineNo = 0;
        for (String line : Files.readAllLines(stateFile, StandardCharsets.US_ASCII)) {
            lineNo++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            try {
                if (eq < 1) {
                    throw new NumberFormatException();
                }
                state.put(trimmed.substring(0, eq).trim(), Long.parseLong(trimmed.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                // Starting again from 1 would reuse numbers: refuse instead.
                throw new IOException(stateFile + ": line " + lineNo + ": expected counter=number");
            }
        }
        return state;
    }

    private void writeState(Map<String, Long> state) throws IOException {
        Path temp = Files.createTempFile(folder, "." + STATE_FILE + ".", AtomicFile.TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    Writer w = java.nio.channels.Channels.newWriter(ch, StandardCharsets.US_ASCII)) {
                w.write("# last control number used per counter; scrub837 never hands out a number twice\n");
                for (Map.Entry<String, Long> e : state.entrySet()) {
                    w.write(e.getKey() + "=" + e.getValue() + "\n");
                }
                w.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, stateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename durable where the platform allows syncing a directory (Linux does). */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported on this platform; the file itself is synced
        }
    }
}

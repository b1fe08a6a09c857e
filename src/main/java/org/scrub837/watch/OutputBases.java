package org.scrub837.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The persisted record of which input owns which output base name: one line per input (a key
 * made of its content hash and its own base name, and the base its outputs were given). Written
 * before the outputs, so that a restart after a crash finds the base again and replaces that
 * input's own outputs, while any other input with the same name takes the next free base. Same
 * append-only, torn-line-safe file format as {@link SeenFiles}; holds no claim data.
 */
final class OutputBases {

    private final SeenFiles records;

    OutputBases(Path file, boolean syncEach) throws IOException {
        this.records = new SeenFiles(file, syncEach);
    }

    /** The key of one input: its content and the base name (with subfolder) it would have by itself. */
    static String key(String contentHash, String naturalBase) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(contentHash.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(naturalBase.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The base recorded for this input, or null when it has none yet. */
    String baseOf(String key) throws IOException {
        return records.nameOf(key);
    }

    /** Whether some input already owns this base. */
    boolean holdsBase(String base) throws IOException {
        return records.holdsName(base);
    }

    void record(String key, String base) throws IOException {
        records.record(key, base);
    }
}

package org.scrub837.responses;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.scrub837.write.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service does with one file of the response folder, without Camel: read it as a
 * response, record and match it (when there is a store), and say where it goes: the archive's
 * {@code responses/} folder, or the failed folder with {@code <name>.reason.txt} beside it when it is
 * not a response. The caller moves it. A response recorded before (same content, any node) is
 * archived without being recorded again.
 */
public final class ResponseIntake {

    /** Subfolder of the archive where response files go once read. */
    public static final String ARCHIVE_SUBFOLDER = "responses";

    /** Where a response file goes and what was done with it. */
    public record Disposition(Path destination, boolean failed, ResponseFile response, ResponseStore.Recorded recorded) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ResponseIntake.class);

    private final Path archive;
    private final Path failed;
    private final ResponseStore store;
    private final ResponseMetrics metrics;
    private final Runnable afterRecording;
    private final Set<Path> reserved = new HashSet<>();

    /**
     * @param store          null: no database, files are read and moved but not recorded
     * @param metrics        null: none
     * @param afterRecording run after a response was recorded (the first-pass acceptance gauges)
     */
    public ResponseIntake(Path archive, Path failed, ResponseStore store, ResponseMetrics metrics,
            Runnable afterRecording) throws IOException {
        this.archive = archive.toAbsolutePath().resolve(ARCHIVE_SUBFOLDER);
        this.failed = failed.toAbsolutePath();
        this.store = store;
        this.metrics = metrics;
        this.afterRecording = afterRecording == null ? () -> { } : afterRecording;
        // archive/responses is made with its first file: a service that never receives a response
        // keeps its archive as it was (tools and people count the originals there)
        Files.createDirectories(this.failed);
    }

    public Disposition handle(Path input) throws IOException {
        String name = input.getFileName().toString();
        ResponseFile response;
        String hash;
        try (InputStream raw = Files.newInputStream(input);
                DigestInputStream in = new DigestInputStream(raw, sha256())) {
            response = ResponseReader.read(in);
            in.transferTo(OutputStream.nullOutputStream());
            hash = HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (InvalidResponseException e) {
            return toFailed(input, e.getMessage());
        }
        ResponseStore.Recorded recorded = null;
        if (store != null) {
            try {
                recorded = store.recordResponse(hash, name, response);
            } catch (SQLException e) {
                return toFailed(input, "a " + response.kindLabels() + " response that could not be recorded: the"
                        + " store answered with SQL state " + e.getSQLState() + "; put the file back into the"
                        + " response folder once the store is reachable");
            }
        }
        if (metrics != null) {
            if (recorded != null && recorded.alreadyRecorded()) {
                metrics.responseDuplicate();
            } else {
                metrics.responseRead(response);
                if (recorded != null) {
                    metrics.recorded(recorded);
                }
            }
        }
        if (recorded == null) {
            LOG.info("response read ({}, {} item(s)); not recorded: no store configured (scrub.jdbc.url)",
                    response.kindLabels(), response.items().size());
        } else if (recorded.alreadyRecorded()) {
            LOG.info("response ({}) already recorded: archived only", response.kindLabels());
        } else {
            LOG.info("response recorded ({}): {} item(s), {} matched nothing, {} claim match(es)",
                    response.kindLabels(), recorded.items(), recorded.unmatchedItems(), recorded.claimsMatched());
            afterRecording.run();
        }
        Files.createDirectories(archive);
        return new Disposition(reserve(archive, name), false, response, recorded);
    }

    /** The failed folder, with the reason beside the file. */
    public Disposition toFailed(Path input, String reason) throws IOException {
        Path destination = reserve(failed, input.getFileName().toString());
        try (AtomicFile note = AtomicFile.create(destination.resolveSibling(destination.getFileName() + ".reason.txt"))) {
            note.stream().write((reason + "\n").getBytes(StandardCharsets.UTF_8));
            note.commit();
        }
        LOG.warn("not a response file, moved to the failed folder: {}", reason);
        if (metrics != null) {
            metrics.responseFailed();
        }
        return new Disposition(destination, true, null, null);
    }

    /** Forgets a destination once its file is there (or will never be). */
    public void release(Path destination) {
        synchronized (reserved) {
            reserved.remove(destination);
        }
    }

    /** A free name in {@code dir}: the file's own, else name.1.ext, name.2.ext ... */
    private Path reserve(Path dir, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        synchronized (reserved) {
            // a reserved name whose file has arrived is held by the file itself now
            reserved.removeIf(Files::exists);
            for (int n = 0;; n++) {
                Path candidate = dir.resolve(n == 0 ? name : base + "." + n + ext);
                if (!reserved.contains(candidate) && !Files.exists(candidate)
                        && !Files.exists(candidate.resolveSibling(candidate.getFileName() + ".reason.txt"))) {
                    reserved.add(candidate);
                    return candidate;
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

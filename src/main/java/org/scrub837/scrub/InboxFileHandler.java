package org.scrub837.scrub;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.write.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the watch folder does with one input file, without Camel: recognise a duplicate, scrub,
 * write a reason for a failure, and say where the original must go (archive or failed). The
 * caller moves the original there; until then, a crash leaves the file in the inbox and it is
 * handled again from the start, which rewrites the same outputs in place.
 */
public final class InboxFileHandler {

    /** Where the original goes and what happened to it. */
    public record Disposition(Path destination, FileOutcome outcome, boolean duplicate) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(InboxFileHandler.class);

    private final ScrubEngine engine;
    private final OutputFactory outputs;
    private final SeenFiles seen;
    private final ScrubSettings.DuplicatePolicy duplicates;
    private final Path archive;
    private final Path failed;
    private final Path reports;

    public InboxFileHandler(ScrubEngine engine) throws IOException {
        ScrubSettings s = engine.settings();
        this.engine = engine;
        this.archive = s.archive().toAbsolutePath();
        this.failed = s.failed().toAbsolutePath();
        this.reports = s.reports().toAbsolutePath();
        for (Path dir : new Path[] {archive, failed, reports, s.outbox(), s.state()}) {
            Files.createDirectories(dir);
        }
        this.outputs = engine.outputs(s.outbox().toAbsolutePath(), reports, s.formats());
        this.seen = new SeenFiles(s.state().resolve("seen-files.tsv"));
        this.duplicates = s.duplicates();
    }

    /** Handles one input; never throws for bad content, only for a failure of the machine itself. */
    public Disposition handle(Path input) throws IOException {
        String name = input.getFileName().toString();
        String hash = sha256(input);
        String earlier = seen.nameOf(hash);
        if (earlier != null && duplicates == ScrubSettings.DuplicatePolicy.SKIP) {
            if (!earlier.equals(name)) {
                writeNote(reports.resolve(name + ".duplicate.txt"), "'" + name + "' has the same content as '"
                        + earlier + "', which was already processed (SHA-256 " + hash + ").\n"
                        + "It was not scrubbed again and was moved to the archive.\n"
                        + "To scrub it again, set scrub.duplicates=process.\n");
                LOG.info("skipped duplicate file={} sameAs={}", name, earlier);
            } else {
                // the same file again: a restart after a crash between outputs and archive
                LOG.info("already processed file={}; archiving it", name);
            }
            return new Disposition(unique(archive, name), null, true);
        }
        FileOutcome outcome;
        try {
            outcome = engine.scrubber().scrub(input, outputs);
        } catch (IOException e) {
            LOG.warn("file={} could not be processed: {}", name, e.getClass().getSimpleName());
            outcome = engine.writeFailure(input, FileScrubber.baseName(input), outputs, e);
        }
        if (outcome.status() == FileStatus.FAILED) {
            Path destination = unique(failed, name);
            writeNote(failed.resolve(destination.getFileName() + ".reason.txt"),
                    outcome.fileFindings().get(0).message() + "\n");
            return new Disposition(destination, outcome, false);
        }
        seen.record(hash, name);
        return new Disposition(unique(archive, name), outcome, false);
    }

    /** Writes a reason for a file that failed outside the scrub (an unexpected error). */
    public void recordUnexpectedFailure(Path input, Exception e) throws IOException {
        String name = input.getFileName().toString();
        writeNote(failed.resolve(name + ".reason.txt"), name + ": could not be processed: "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "\n");
    }

    public Path failedFolder() {
        return failed;
    }

    /** The folder/name itself when free, else name.1.ext, name.2.ext ... so that nothing is overwritten. */
    static Path unique(Path folder, String name) {
        Path candidate = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 1; Files.exists(candidate); i++) {
            candidate = folder.resolve(stem + "." + i + ext);
        }
        return candidate;
    }

    private static void writeNote(Path target, String text) throws IOException {
        try (AtomicFile f = AtomicFile.create(target)) {
            try (Writer w = new java.io.OutputStreamWriter(f.stream(), StandardCharsets.UTF_8) {
                @Override
                public void close() throws IOException {
                    flush(); // the AtomicFile owns the stream
                }
            }) {
                w.write(text);
            }
            f.commit();
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}

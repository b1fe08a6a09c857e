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
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.write.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the watch folder does with one input file, without Camel: recognise a duplicate, scrub,
 * write a reason for a failure, and say where the original must go (archive or failed). The
 * caller moves the original there; until then, a crash leaves the file in the inbox and it is
 * handled again from the start, which rewrites the same outputs in place (or, when the crash came
 * after the record of its content, recognises it by name and hash and only archives it).
 *
 * <p>Safe for several consumer threads: files with the same content, or with the same outputs
 * (same base name), are handled one after the other, and a destination named for one file is
 * reserved until the file is there, so that two threads never pick the same archive name.
 */
public final class InboxFileHandler {

    /** Where the original goes and what happened to it. */
    public record Disposition(Path destination, FileOutcome outcome, boolean duplicate) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(InboxFileHandler.class);

    private final ScrubEngine engine;
    private final OutputFactory outputs;
    private final ContentRecord seen;
    /** Several nodes share the inbox and the output folders (a database is configured). */
    private final boolean sharedInbox;
    private final ScrubSettings.DuplicatePolicy duplicates;
    private final Path archive;
    private final Path failed;
    private final Path reports;

    /** Guards {@link #busy} and {@link #reserved}. */
    private final Object monitor = new Object();
    /** Content hashes and output base names of the files being handled right now. */
    private final Set<String> busy = new HashSet<>();
    /** Destinations handed out whose file has not arrived yet (the consumer moves it after we return). */
    private final Set<Path> reserved = new HashSet<>();

    /**
     * Prepares the folders and removes the temporary files an earlier, killed process left in
     * them; so construct it once at service start, before files are picked up.
     */
    public InboxFileHandler(ScrubEngine engine) throws IOException {
        this(engine, null);
    }

    /**
     * @param seen the record of contents processed, shared by several nodes (the store's); null for
     *             the state folder's seen-files.tsv
     */
    public InboxFileHandler(ScrubEngine engine, ContentRecord seen) throws IOException {
        Instant startup = Instant.now();
        ScrubSettings s = engine.settings();
        this.engine = engine;
        this.archive = s.archive().toAbsolutePath();
        this.failed = s.failed().toAbsolutePath();
        this.reports = s.reports().toAbsolutePath();
        for (Path dir : new Path[] {archive, failed, reports, s.outbox(), s.state()}) {
            Files.createDirectories(dir);
        }
        this.outputs = engine.outputs(s.outbox().toAbsolutePath(), reports, s.formats());
        this.seen = seen != null ? seen : new SeenFiles(s.state().resolve("seen-files.tsv"));
        this.duplicates = s.duplicates();
        this.sharedInbox = seen != null;
        if (sharedInbox) {
            // other nodes are writing into the shared folders right now: only our own state folder
            // is swept; a dead node's leftovers go when its files are scrubbed again (forgetTemporaries)
            StaleTempFiles.remove(startup, s.state().toAbsolutePath());
        } else {
            StaleTempFiles.remove(startup, s.outbox().toAbsolutePath(), reports, failed, archive,
                    s.state().toAbsolutePath());
        }
    }

    /** Handles one input; never throws for bad content, only for a failure of the machine itself. */
    public Disposition handle(Path input) throws IOException {
        String hash = sha256(input);
        // Two threads must not both find the same content new and scrub it twice, nor write the
        // same outputs at once (a.837 and a.edi both write a.*): such files wait for each other.
        List<String> keys = List.of("content:" + hash, "output:" + FileScrubber.baseName(input));
        try {
            acquire(keys);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for a file with the same content");
        }
        try {
            return handle(input, hash);
        } finally {
            release(keys);
        }
    }

    private Disposition handle(Path input, String hash) throws IOException {
        String name = input.getFileName().toString();
        if (sharedInbox) {
            removeTemporariesOf(name);
        }
        String earlier = seen.nameOf(hash);
        if (earlier != null && duplicates == ScrubSettings.DuplicatePolicy.SKIP) {
            if (!earlier.equals(name) || archivedWithSameContent(name, hash)) {
                writeNote(reports.resolve(name + ".duplicate.txt"), "'" + name + "' has the same content as '"
                        + earlier + "', which was already processed (SHA-256 " + hash + ").\n"
                        + "It was not scrubbed again and was moved to the archive.\n"
                        + "To scrub it again, set scrub.duplicates=process.\n");
                LOG.info("skipped duplicate file={} sameAs={}", name, earlier);
            } else {
                // the same file, never archived: a restart after a crash between record and move
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

    /**
     * Several nodes: this node holds the inbox file now, so the temporary outputs of its name and base
     * are no one else's: a node that died while writing them left them. Exact names only (the
     * temporary name of a target T is {@code .T.<random>.part}), so another base's are never touched.
     */
    private void removeTemporariesOf(String name) throws IOException {
        String base = FileScrubber.baseName(Path.of(name));
        java.util.List<String> targets = new java.util.ArrayList<>();
        targets.add(base + ScrubEngine.CLEAN_SUFFIX);
        targets.add(base + ScrubEngine.REJECTED_SUFFIX);
        for (ReportFormat f : ReportFormat.values()) {
            targets.add(base + f.suffix());
        }
        targets.add(name + ".duplicate.txt");
        targets.add(name + ".reason.txt");
        for (Path folder : new Path[] {engine.settings().outbox().toAbsolutePath(), reports, failed}) {
            try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                    p -> StaleTempFiles.isOurTemporaryName(p) && targets.stream().anyMatch(
                            t -> p.getFileName().toString().startsWith("." + t + ".")))) {
                for (Path p : files) {
                    Files.deleteIfExists(p);
                }
            }
        }
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

    /**
     * True when the archive already holds this name with this content: the same file dropped a
     * second time, not the restart of an interrupted first time (whose original never left the inbox).
     */
    private boolean archivedWithSameContent(String name, String hash) throws IOException {
        Path archived = archive.resolve(name);
        return Files.isRegularFile(archived) && sha256(archived).equals(hash);
    }

    private void acquire(List<String> keys) throws InterruptedException {
        synchronized (monitor) {
            while (keys.stream().anyMatch(busy::contains)) {
                monitor.wait();
            }
            busy.addAll(keys);
        }
    }

    private void release(List<String> keys) {
        synchronized (monitor) {
            keys.forEach(busy::remove);
            monitor.notifyAll();
        }
    }

    /**
     * The folder/name itself when free, else name.1.ext, name.2.ext ... so that nothing is
     * overwritten. The consumer moves the file only after we return, so a name is taken when it
     * exists or was handed to another thread whose file has not arrived yet: without the
     * reservation, inbox files a.1.837 and a.837 (with archive/a.837 present) would both be sent
     * to archive/a.1.837 and the second move would replace the first file.
     */
    private Path unique(Path folder, String name) {
        synchronized (monitor) {
            // a file that has arrived now holds its name by itself
            reserved.removeIf(Files::exists);
            Path candidate = folder.resolve(name);
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            for (int i = 1; Files.exists(candidate) || reserved.contains(candidate); i++) {
                candidate = folder.resolve(stem + "." + i + ext);
            }
            reserved.add(candidate);
            return candidate;
        }
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

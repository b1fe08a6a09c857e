package org.scrub837.watch;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.OutputFactory;
import org.scrub837.scrub.OutputNames;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.write.FileModes;
import org.scrub837.scrub.ScrubSettings;
import org.scrub837.write.ArchivedOriginal;
import org.scrub837.write.AtomicFile;
import org.scrub837.write.ResultWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the watch folder does with one input file, without Camel: recognise a duplicate, scrub,
 * write a reason for a failure, and say where the original must go (archive or failed). The
 * caller moves the original there; until then, a crash leaves the file in the inbox and it is
 * handled again from the start, which rewrites the same outputs in place (or, when the crash came
 * after the record of its content, recognises it by name and hash and only archives it).
 *
 * <p>Nothing of another input is ever replaced: an input whose base name is already used by
 * outputs of an earlier, different input (practice systems export under the same name every day)
 * gets the next free base, {@code export.1}, {@code export.2} ..., the way the archive names the
 * original. The base chosen for a (content, name) pair is recorded before its outputs are written
 * ({@link OutputBases}), so that a restart after a crash rewrites that input's own outputs.
 *
 * <p>Safe for several consumer threads: files with the same content are handled one after the
 * other, and a base or destination named for one file is reserved until its file is there, so
 * that two threads never pick the same name.
 */
public final class InboxFileHandler {

    /** Where the original goes and what happened to it. */
    public record Disposition(Path destination, FileOutcome outcome, boolean duplicate) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(InboxFileHandler.class);

    private final ScrubEngine engine;
    private final ScrubMetrics metrics;
    private final ContentRecord seen;
    /** Several nodes share the inbox and the output folders (a database is configured). */
    private final boolean sharedInbox;
    /** The decisions taken with the other nodes (null: one node, or a shared record of contents only). */
    private final SharedInputs shared;
    private final OutputBases bases;
    private final ScrubSettings.DuplicatePolicy duplicates;
    private final Set<ReportFormat> formats;
    private final Path inbox;
    private final Path outbox;
    private final Path archive;
    private final Path failed;
    private final Path reports;
    private final Path stateFolder;

    /** Guards {@link #busy} and {@link #reserved}. */
    private final Object monitor = new Object();
    /** Content hashes of the files being handled right now. */
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

    /** As above, counting findings by rule id into {@code metrics} (null: no metrics). */
    public InboxFileHandler(ScrubEngine engine, ScrubMetrics metrics) throws IOException {
        this(engine, metrics, null);
    }

    /**
     * As above, with the record of contents processed shared by several nodes (the store's);
     * {@code sharedSeen} null keeps the state folder's seen-files.tsv (one node).
     */
    public InboxFileHandler(ScrubEngine engine, ScrubMetrics metrics, ContentRecord sharedSeen) throws IOException {
        Instant startup = Instant.now();
        ScrubSettings s = engine.settings();
        this.engine = engine;
        this.metrics = metrics;
        this.inbox = s.inbox().toAbsolutePath();
        this.outbox = s.outbox().toAbsolutePath();
        this.archive = s.archive().toAbsolutePath();
        this.failed = s.failed().toAbsolutePath();
        this.reports = s.reports().toAbsolutePath();
        this.stateFolder = s.state().toAbsolutePath();
        for (Path dir : new Path[] {archive, failed, reports, outbox, s.state()}) {
            FileModes.createFolders(dir);
        }
        this.formats = s.formats();
        boolean syncEach = s.stateSync() == ScrubSettings.StateSyncMode.EACH;
        this.seen = sharedSeen != null ? sharedSeen : new SeenFiles(s.state().resolve("seen-files.tsv"), syncEach);
        this.sharedInbox = sharedSeen != null;
        this.shared = sharedSeen instanceof SharedInputs si ? si : null;
        this.bases = new OutputBases(s.state().resolve("output-bases.tsv"), syncEach);
        this.duplicates = s.duplicates();
        if (sharedInbox) {
            // other nodes are writing into the shared folders right now: only our own state folder
            // is swept; a dead node's leftovers go when its files are scrubbed again (removeTemporariesOf)
            StaleTempFiles.remove(startup, s.state().toAbsolutePath());
        } else {
            StaleTempFiles.remove(startup, outbox, reports, failed, archive, s.state().toAbsolutePath());
        }
    }

    /**
     * A unique place in the failed folder for an input that something unexpected stopped: asked
     * before anything else, so that the route's {@code moveFailed} never replaces a file.
     */
    public Path reserveFailed(Path input) {
        return unique(failed.resolve(relativeFolder(input)), input.getFileName().toString(), true);
    }

    /** Hands a reservation back (the file went elsewhere). */
    public void release(Path destination) {
        synchronized (monitor) {
            reserved.remove(destination);
        }
    }

    /** Handles one input; never throws for bad content, only for a failure of the machine itself. */
    public Disposition handle(Path input) throws IOException {
        String hash = sha256(input);
        // Two threads must not both find the same content new and scrub it twice.
        List<String> keys = List.of("content:" + hash);
        try {
            acquire(keys);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for a file with the same content");
        }
        try {
            if (shared == null) {
                return handle(input, hash);
            }
            claimContent(input, hash);
            boolean finished = false;
            try {
                Disposition d = handle(input, hash);
                finished = true;
                return d;
            } finally {
                if (!finished) {
                    shared.releaseContent(hash);
                }
            }
        } finally {
            release(keys);
        }
    }

    /** How long a node waits before asking again for a content another node is handling. */
    private static final long CLAIM_RETRY_MILLIS = 500;

    /**
     * Several nodes: waits until this node holds the content's claim, so that only one node at a time
     * decides whether these bytes are new (the holder scrubs them; whoever comes next finds them
     * recorded and writes the duplicate note, as one node does with two copies).
     */
    private void claimContent(Path input, String hash) throws IOException {
        String name = input.getFileName().toString();
        boolean logged = false;
        while (!shared.claimContent(hash, name)) {
            if (!logged) {
                LOG.info("file={} waits: another node is handling the same content", name);
                logged = true;
            }
            try {
                Thread.sleep(CLAIM_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while another node handles the same content");
            }
        }
    }

    /** Records the end of an input: its content (when {@code seenName} is set) and, with several nodes, its base done and its claim released. */
    private void complete(String hash, String inputKey, String seenName, String name) throws IOException {
        if (shared == null) {
            if (seenName != null) {
                seen.record(hash, seenName);
            }
            return;
        }
        if (!shared.finish(hash, inputKey, seenName)) {
            LOG.warn("file={} was taken over by another node while this one handled it (this node said nothing"
                    + " for longer than scrub.inbox.lockMaxAgeMillis)", name);
        }
    }

    private Disposition handle(Path input, String hash) throws IOException {
        String name = input.getFileName().toString();
        Path sub = relativeFolder(input);
        String earlier = seen.nameOf(hash);
        if (earlier != null && duplicates == ScrubSettings.DuplicatePolicy.SKIP) {
            Path destination = unique(archive.resolve(sub), name);
            if (!earlier.equals(name) || archivedWithSameContent(archive.resolve(sub).resolve(name), hash)) {
                String archivedAs = destination.getFileName().toString();
                String note = "'" + name + "' has the same content as '" + earlier
                        + "', which was already processed (SHA-256 " + hash + ").\n"
                        + "It was not scrubbed again and was moved to the archive as '" + archivedAs + "'.\n"
                        + "To scrub it again, set scrub.duplicates=process.\n";
                writeNote(notePath(reports.resolve(sub), name, note), note);
                LOG.info("skipped duplicate file={} sameAs={} archivedAs={}", name, earlier, archivedAs);
            } else {
                // the same file, never archived: a restart after a crash between record and move
                LOG.info("already processed file={}; archiving it", name);
            }
            if (shared != null) {
                shared.releaseContent(hash);
            }
            return new Disposition(destination, null, true);
        }
        if (!Files.isDirectory(outbox)) {
            // a forwarder or an operator removed it: the clean 837s would land in a folder nobody watches
            try {
                FileModes.createFolders(outbox);
            } catch (IOException e) {
                // e.g. a plain file where the outbox was: the outputs' fault, not the input's
                throw new OutputWriteException(name, outbox, e);
            }
            LOG.warn("outbox {} was missing and has been re-created (0750)", outbox);
        }
        String extension = extension(name);
        String inputKey = OutputBases.key(hash, sub.resolve(FileScrubber.baseName(input)).toString());
        BaseChoice choice = claimBase(inputKey, sub, FileScrubber.baseName(input), extension);
        String base = choice.base();
        if (choice.earlierRun() && earlier == null) {
            // this input's earlier run was cut short (a crash, a node killed or taken over): what it left
            // (a report without its 837s, temporary files) goes before anything is written again
            List<IOException> problems = rollBackAll(sub, base, extension, name);
            if (!problems.isEmpty()) {
                throw problems.get(0);
            }
        } else if (sharedInbox) {
            removeTemporariesOf(sub, base, name);
        }
        Path toArchive = unique(archive.resolve(sub), base + extension);
        Path toFailed = unique(failed.resolve(sub), base + extension);
        OutputFactory outputs = counted(engine.outputs(outbox.resolve(sub), reports.resolve(sub), formats,
                new ArchivedOriginal(toArchive.getFileName().toString(), toFailed.getFileName().toString())));
        FileOutcome outcome;
        try {
            try {
                outcome = engine.scrubber().scrub(input, base, outputs);
            } catch (IOException e) {
                Path outputFolder = outputFolderOf(e, input);
                if (outputFolder != null) {
                    // not the input's fault: no report of an "unreadable" file; what was written goes
                    OutputWriteException error = new OutputWriteException(name, outputFolder, e);
                    // the broken folder may refuse the clean-up too: what could not go is said, not thrown
                    rollBackAll(sub, base, extension, name).forEach(error::addSuppressed);
                    complete(hash, inputKey, null, name);
                    throw error;
                }
                LOG.warn("file={} could not be read: {}", name, e.getClass().getSimpleName());
                outcome = engine.writeFailure(input, base, outputs, e);
            }
        } catch (IOException | RuntimeException e) {
            release(toArchive);
            release(toFailed);
            throw e;
        }
        if (outcome.status() == FileStatus.FAILED) {
            release(toArchive);
            String reason = outcome.fileFindings().get(0).message();
            writeNote(reasonFile(toFailed), reason + "\n");
            complete(hash, inputKey, null, name);
            LOG.warn("failed file={} movedTo={} reason={}", name, failed.relativize(toFailed), reason);
            return new Disposition(toFailed, outcome, false);
        }
        release(toFailed);
        complete(hash, inputKey, name, name);
        if (!base.equals(FileScrubber.baseName(input))) {
            LOG.info("file={} outputs named {}.* (the name was taken by an earlier input); archivedAs={}", name,
                    base, toArchive.getFileName());
        }
        return new Disposition(toArchive, outcome, false);
    }

    /**
     * Several nodes: this node holds the inbox file now, so the temporary outputs of its base are
     * no one else's: a node that died while writing them left them. Exact names only (the temporary
     * name of a target T is {@code .T.<random>.part}), so another base's are never touched.
     */
    private void removeTemporariesOf(Path sub, String base, String name) throws IOException {
        List<String> targets = new ArrayList<>();
        targets.add(base + ScrubEngine.CLEAN_SUFFIX);
        targets.add(base + ScrubEngine.REJECTED_SUFFIX);
        for (ReportFormat f : ReportFormat.values()) {
            targets.add(base + f.suffix());
        }
        targets.add(name + ".duplicate.txt");
        targets.add(name + ".reason.txt");
        for (Path folder : new Path[] {outbox.resolve(sub), reports.resolve(sub), failed.resolve(sub)}) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (java.nio.file.DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                    p -> StaleTempFiles.isOurTemporaryName(p) && targets.stream().anyMatch(
                            t -> p.getFileName().toString().startsWith("." + t + ".")))) {
                for (Path p : files) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The outputs, plus the counter of findings by rule id when there are metrics. */
    private OutputFactory counted(OutputFactory outputs) {
        if (metrics == null) {
            return outputs;
        }
        return new OutputFactory() {
            @Override
            public List<ResultWriter> claimOutputs(String base) throws IOException {
                return outputs.claimOutputs(base);
            }

            @Override
            public List<ResultWriter> reports(String base) throws IOException {
                List<ResultWriter> writers = new ArrayList<>(outputs.reports(base));
                writers.add(new FindingCounter(writers.get(0).target(), metrics));
                return writers;
            }
        };
    }

    /** Writes a reason for a file that failed outside the scrub (an unexpected error), beside its failed name. */
    public void recordUnexpectedFailure(Path input, Path failedDestination, Exception e) throws IOException {
        String name = input.getFileName().toString();
        String reason = name + ": could not be processed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
        LOG.warn("failed file={} movedTo={} reason={}", name, failed.relativize(failedDestination), reason);
        writeNote(reasonFile(failedDestination), reason + "\n");
    }

    public Path failedFolder() {
        return failed;
    }

    /** The base an input's outputs take, and whether it was given to this input before (an earlier run). */
    private record BaseChoice(String base, boolean earlierRun) {
    }

    /**
     * The base name this input's outputs take: the one recorded for the same content and name
     * (a rerun or a restart replaces its own outputs), else the first of {@code base},
     * {@code base.1}, {@code base.2} ... that no output, original, record or other thread holds;
     * with several nodes, the record is the store's and a base is taken with one atomic insert, so
     * two nodes never give one base to two inputs.
     */
    private BaseChoice claimBase(String key, Path sub, String base, String extension) throws IOException {
        if (shared != null) {
            SharedInputs.Base owned = shared.baseOf(key);
            if (owned != null) {
                shared.reopenBase(key);
                return new BaseChoice(owned.base(), true);
            }
            synchronized (monitor) {
                String candidate = base;
                for (int i = 1; takenHere(sub, candidate, extension)
                        || !shared.claimBase(sub.toString(), candidate, key); i++) {
                    candidate = base + "." + i;
                }
                return new BaseChoice(candidate, false);
            }
        }
        String owned = bases.baseOf(key);
        if (owned != null) {
            return new BaseChoice(owned, true);
        }
        synchronized (monitor) {
            String candidate = base;
            for (int i = 1; bases.holdsBase(sub.resolve(candidate).toString()) || takenHere(sub, candidate, extension);
                    i++) {
                candidate = base + "." + i;
            }
            // recorded before any output is written: a crash from here on finds the same base again
            bases.record(key, sub.resolve(candidate).toString());
            return new BaseChoice(candidate, false);
        }
    }

    /** The outputs a base names (whether or not they exist): clean and rejected 837s and every report. */
    private List<Path> outputsOf(Path sub, String base) {
        List<Path> names = new ArrayList<>();
        names.add(OutputNames.resolve(outbox.resolve(sub), base, ScrubEngine.CLEAN_SUFFIX));
        names.add(OutputNames.resolve(reports.resolve(sub), base, ScrubEngine.REJECTED_SUFFIX));
        for (ReportFormat f : ReportFormat.values()) {
            names.add(OutputNames.resolve(reports.resolve(sub), base, f.suffix()));
        }
        return names;
    }

    /** Whether a file or another thread of this node holds the base's names. */
    private boolean takenHere(Path sub, String base, String extension) {
        List<Path> names = outputsOf(sub, base);
        names.add(archive.resolve(sub).resolve(base + extension));
        names.add(failed.resolve(sub).resolve(base + extension));
        names.add(reasonFile(failed.resolve(sub).resolve(base + extension)));
        for (Path p : names) {
            if (Files.exists(p) || reserved.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes every output of an input's base, finished or temporary, and the reason of a failed
     * original that never reached the failed folder: the state before its run began. Only this input
     * owns the base (the record gives a base to one input), and this node holds the input now. Goes
     * on past a file it cannot remove; returns what went wrong.
     */
    private List<IOException> rollBackAll(Path sub, String base, String extension, String name) {
        List<IOException> problems = new ArrayList<>();
        int removed = 0;
        List<Path> outputs = outputsOf(sub, base);
        Path failedOriginal = failed.resolve(sub).resolve(base + extension);
        if (!Files.exists(failedOriginal)) {
            outputs.add(reasonFile(failedOriginal));
        }
        for (Path p : outputs) {
            try {
                if (Files.deleteIfExists(p)) {
                    removed++;
                }
            } catch (IOException e) {
                problems.add(e);
            }
        }
        try {
            removeTemporariesOf(sub, base, name);
        } catch (IOException e) {
            problems.add(e);
        }
        if (removed > 0) {
            LOG.info("file={} outputs of its interrupted run removed: base={} files={}", name, base, removed);
        }
        return problems;
    }

    /**
     * The output folder an I/O error happened in, or null when it is not an output's (reading the
     * input): the file named by the error is under one of the folders the service writes to.
     */
    private Path outputFolderOf(IOException e, Path input) {
        Path in = input.toAbsolutePath().normalize();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        Set<Throwable> visited = new HashSet<>();
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!visited.add(t)) {
                continue;
            }
            if (t instanceof java.nio.file.FileSystemException fse) {
                for (String file : new String[] {fse.getFile(), fse.getOtherFile()}) {
                    if (file == null) {
                        continue;
                    }
                    Path p = Path.of(file).toAbsolutePath().normalize();
                    if (p.equals(in)) {
                        continue;
                    }
                    for (Path folder : new Path[] {outbox, reports, failed, archive, stateFolder}) {
                        if (p.startsWith(folder)) {
                            return p.getParent();
                        }
                    }
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return null;
    }

    /** The input's folder relative to the inbox: empty unless scrub.recursive picked it up in a subfolder. */
    private Path relativeFolder(Path input) {
        Path parent = input.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.startsWith(inbox) && !parent.equals(inbox)) {
            return inbox.relativize(parent);
        }
        return Path.of("");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }

    /**
     * {@code name.duplicate.txt}, or {@code name.duplicate.1.txt} ... when another note holds that
     * name: a note with the same text (the same file again after a restart) is simply replaced.
     */
    private static Path notePath(Path folder, String name, String text) throws IOException {
        Path candidate = folder.resolve(name + ".duplicate.txt");
        for (int i = 1; Files.exists(candidate) && !Files.readString(candidate, StandardCharsets.UTF_8).equals(text);
                i++) {
            candidate = folder.resolve(name + ".duplicate." + i + ".txt");
        }
        return candidate;
    }

    private static Path reasonFile(Path failedOriginal) {
        return failedOriginal.resolveSibling(failedOriginal.getFileName() + ".reason.txt");
    }

    /**
     * True when the archive already holds this name with this content: the same file dropped a
     * second time, not the restart of an interrupted first time (whose original never left the inbox).
     */
    private boolean archivedWithSameContent(Path archived, String hash) throws IOException {
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
        return unique(folder, name, false);
    }

    /**
     * @param reasonTakes whether a reason file left without its original also takes the name: for
     *                    the route's moveFailed, whose input has no recorded base. An input with a
     *                    recorded base may replace the reason of its own earlier, interrupted run
     *                    (no other input is given that base: {@link #taken} counts reason files).
     */
    private Path unique(Path folder, String name, boolean reasonTakes) {
        synchronized (monitor) {
            // a file that has arrived now holds its name by itself
            reserved.removeIf(Files::exists);
            Path candidate = folder.resolve(name);
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            for (int i = 1; isTaken(candidate, reasonTakes); i++) {
                candidate = folder.resolve(stem + "." + i + ext);
            }
            reserved.add(candidate);
            return candidate;
        }
    }

    /** A name is taken by a file or a reservation (and, when asked, by the reason of a failed file of that name). */
    private boolean isTaken(Path candidate, boolean reasonTakes) {
        return Files.exists(candidate) || reserved.contains(candidate)
                || reasonTakes && Files.exists(reasonFile(candidate));
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

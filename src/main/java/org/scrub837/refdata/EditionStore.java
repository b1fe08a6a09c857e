package org.scrub837.refdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The installed editions under {@code <config>/reference-data/}: one folder an edition,
 * {@code <id>--<first 12 hex of its sha256>}, holding the publisher's file as installed and its
 * manifest {@code edition.json}. An install is staged in a {@code .staging-*} folder, read and
 * checked there in full, and made visible by one rename of that folder: a failed, interrupted or
 * disk-full install leaves the installed editions exactly as they were. Installing an edition whose
 * id is installed already (a corrected quarter file) replaces it: the newer folder wins, the older
 * is removed after the rename.
 */
final class EditionStore {

    static final String DIR = "reference-data";
    static final String MANIFEST = "edition.json";
    private static final String STAGING = ".staging-";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Copies the file into the staging folder; a test replaces it to fill the disk part-way. */
    interface Copier {
        void copy(Path from, Path to) throws IOException;
    }

    private final Path root;
    private final Copier copier;
    private final Clock clock;

    EditionStore(Path configDir) {
        this(configDir, EditionStore::copyFile, Clock.systemUTC());
    }

    EditionStore(Path configDir, Copier copier, Clock clock) {
        this.root = configDir.resolve(DIR);
        this.copier = copier;
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    /** The installed editions (the newest folder of each id), by kind then first date. */
    List<Installed> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Map<String, Installed> byId = new HashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || !Files.isDirectory(dir)) {
                    continue;
                }
                Path manifest = dir.resolve(MANIFEST);
                if (!Files.isRegularFile(manifest)) {
                    continue; // not an edition folder
                }
                Installed e = new Installed(readManifest(manifest), dir);
                Installed seen = byId.get(e.edition().id());
                if (seen == null || e.edition().installedAt().isAfter(seen.edition().installedAt())) {
                    byId.put(e.edition().id(), e);
                }
            }
        }
        List<Installed> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing((Installed i) -> i.edition().kind())
                .thenComparing(i -> i.edition().effectiveFrom()));
        return out;
    }

    /**
     * An installed edition and its folder.
     */
    record Installed(Edition edition, Path dir) {
        Path file() {
            return dir.resolve(edition.fileName());
        }
    }

    /** The outcome of an install: the edition, and whether it was already installed with the same content. */
    record Outcome(Edition edition, boolean unchanged, Edition replaced) {
    }

    /**
     * Installs a file as an edition of its kind, after reading it in full.
     *
     * @param file            the publisher's file (ZIP or plain), read and copied, never moved
     * @param fileName        the name to store it under (the publisher's)
     * @param source          where it came from, recorded in the manifest
     * @param from            first date of service
     * @param to              last date of service, or null for the kind's default
     * @param expectedSha256  the checksum the file must have, or null
     */
    Outcome install(ReferenceKind kind, Path file, String fileName, String source, LocalDate from, LocalDate to,
            String expectedSha256) throws IOException {
        LocalDate end = to != null ? to : kind.defaultEnd(from);
        if (end != null && end.isBefore(from)) {
            throw new IOException("the edition would end (" + end + ") before it starts (" + from + ")");
        }
        String sha = sha256(file);
        if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(sha)) {
            throw new IOException(fileName + ": SHA-256 is " + sha + ", expected " + expectedSha256.toLowerCase()
                    + "; the file is not the one published (or the download is incomplete): nothing installed");
        }
        String id = kind.editionId(from);
        PublisherFiles.Parsed parsed = PublisherFiles.read(kind, file, id);
        Installed existing = null;
        for (Installed i : list()) {
            if (i.edition().id().equals(id)) {
                existing = i;
            }
        }
        if (existing != null && existing.edition().sha256().equals(sha)
                && existing.edition().effectiveFrom().equals(from) && java.util.Objects.equals(
                        existing.edition().effectiveTo(), end)) {
            return new Outcome(existing.edition(), true, null);
        }
        Files.createDirectories(root);
        removeStaleStaging();
        Path staging = root.resolve(STAGING + UUID.randomUUID());
        Files.createDirectory(staging);
        try {
            String stored = safeName(fileName);
            Path target = staging.resolve(stored);
            copier.copy(file, target);
            if (!sha256(target).equals(sha)) {
                throw new IOException(target + ": the copy differs from " + fileName + "; nothing installed");
            }
            Edition edition = new Edition(id, kind, from, end, source, stored, sha, Files.size(target),
                    parsed.rows(), Instant.now(clock));
            writeManifest(staging.resolve(MANIFEST), edition);
            Path dir = root.resolve(id + "--" + sha.substring(0, 12) + (existing != null
                    && existing.dir().getFileName().toString().equals(id + "--" + sha.substring(0, 12))
                            ? "-" + Long.toString(clock.millis(), 36) : ""));
            try {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(root + ": the file system cannot rename a folder atomically; nothing installed", e);
            }
            if (existing != null) {
                deleteTree(existing.dir()); // the newer folder already wins; this only tidies up
            }
            return new Outcome(edition, false, existing == null ? null : existing.edition());
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    /** Removes an installed edition (its folder, by one rename out of sight first). */
    boolean remove(String id) throws IOException {
        for (Installed i : list()) {
            if (i.edition().id().equals(id)) {
                Path gone = root.resolve(STAGING + "removed-" + UUID.randomUUID());
                Files.move(i.dir(), gone, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(gone);
                return true;
            }
        }
        return false;
    }

    /** Staging folders an interrupted install left behind (never visible as editions). */
    private void removeStaleStaging() throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, STAGING + "*")) {
            for (Path d : dirs) {
                deleteTree(d);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return base.isEmpty() || base.startsWith(".") || base.equals(MANIFEST) ? "edition-file" + base : base;
    }

    static void copyFile(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from); OutputStream out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void writeManifest(Path file, Edition e) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        n.put("kind", e.kind().id());
        n.put("effectiveFrom", e.effectiveFrom().toString());
        n.put("effectiveTo", e.effectiveTo() == null ? null : e.effectiveTo().toString());
        n.put("source", e.source());
        n.put("fileName", e.fileName());
        n.put("sha256", e.sha256());
        n.put("bytes", e.bytes());
        n.put("rows", e.rows());
        n.put("installedAt", e.installedAt().toString());
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, n);
        }
    }

    private static final Set<String> MANIFEST_KEYS = new HashSet<>(List.of("id", "kind", "effectiveFrom", "effectiveTo",
            "source", "fileName", "sha256", "bytes", "rows", "installedAt"));

    static Edition readManifest(Path file) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a readable edition manifest (" + e.getMessage() + ")", e);
        }
        for (String key : MANIFEST_KEYS) {
            if (!key.equals("effectiveTo") && (n == null || !n.hasNonNull(key))) {
                throw new IOException(file + ": edition manifest without '" + key + "'");
            }
        }
        ReferenceKind kind = ReferenceKind.byId(n.get("kind").asText()).orElseThrow(() -> new IOException(file
                + ": unknown kind '" + n.get("kind").asText() + "' (known: " + ReferenceKind.ids() + ")"));
        try {
            return new Edition(n.get("id").asText(), kind, LocalDate.parse(n.get("effectiveFrom").asText()),
                    n.hasNonNull("effectiveTo") ? LocalDate.parse(n.get("effectiveTo").asText()) : null,
                    n.get("source").asText(), n.get("fileName").asText(), n.get("sha256").asText(),
                    n.get("bytes").asLong(), n.get("rows").asInt(), Instant.parse(n.get("installedAt").asText()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}

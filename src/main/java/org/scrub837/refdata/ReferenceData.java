package org.scrub837.refdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.net.ssl.SSLContext;

import org.scrub837.guide.HcpcsFile;
import org.scrub837.guide.Icd10cmOrderFile;
import org.scrub837.model.DatedEditions;
import org.scrub837.rules.MueTable;
import org.scrub837.rules.PtpTable;
import org.scrub837.settings.SettingsCatalogue;

/**
 * The reference data a user keeps current: dated CMS editions installed under the configuration
 * folder ({@code scrub837 data install}), listed, verified, loaded for the rules by date of service,
 * and judged for staleness. The shipped configuration has none; without an edition of a kind its
 * rules use what rules.yaml and config/guide configure (nothing, out of the box).
 */
public final class ReferenceData {

    /** Largest file fetched (bytes; a practitioner PTP edition's ZIPs are far smaller than the default). */
    public static final String MAX_DOWNLOAD_BYTES_KEY = SettingsCatalogue.REFDATA_MAX_DOWNLOAD_BYTES.key();
    /** Seconds one download may take, body included. */
    public static final String DOWNLOAD_TIMEOUT_KEY = SettingsCatalogue.REFDATA_DOWNLOAD_TIMEOUT.key();
    /**
     * What an ended edition does to readiness, per kind: {@code scrub.refdata.stale.<kind>} =
     * {@code degrade} (readiness DOWN with a warning naming the kind; the default) or {@code warn}
     * (a warning only).
     */
    public static final String STALE_KEY_PREFIX = "scrub.refdata.stale.";

    private final EditionStore store;
    private final Clock clock;
    private final List<Candidate> candidates;

    private ReferenceData(EditionStore store, Clock clock, List<Candidate> candidates) {
        this.store = store;
        this.clock = clock;
        this.candidates = List.copyOf(candidates);
    }

    /** The editions installed under {@code configDir}. */
    public static ReferenceData open(Path configDir) {
        return new ReferenceData(new EditionStore(configDir), Clock.systemUTC(), List.of());
    }

    static ReferenceData open(EditionStore store, Clock clock) {
        return new ReferenceData(store, clock, List.of());
    }

    /** The folder the editions live in. */
    public Path folder() {
        return store.root();
    }

    /** Every installed edition, by kind then first date of service. */
    public List<Edition> list() throws IOException {
        List<Edition> out = new ArrayList<>();
        for (EditionStore.Installed i : store.list()) {
            out.add(i.edition());
        }
        return out;
    }

    /**
     * What an install did.
     *
     * @param edition    the edition now installed
     * @param unchanged  it was installed already with the same content and dates
     * @param replaced   the edition of the same id it replaced, or null
     */
    public record InstallResult(Edition edition, boolean unchanged, Edition replaced) {
    }

    /**
     * Installs a publisher's file, given as a path or an https address, as an edition of its kind.
     *
     * @param from      first date of service; null to take it from the publisher's file name
     * @param to        last date of service; null for the kind's default (quarter end, September 30, open)
     * @param sha256    the checksum the file must have, or null
     * @param ssl       the TLS context for an address (null: the JVM's default trust)
     * @param settings  scrub.refdata.* limits (may be empty)
     * @throws IOException naming the file, entry and line, or the address, when nothing was installed
     */
    public InstallResult install(ReferenceKind kind, String fileOrAddress, LocalDate from, LocalDate to,
            String sha256, SSLContext ssl, Map<String, String> settings) throws IOException {
        if (!EditionDownload.isAddress(fileOrAddress)) {
            Path file = Path.of(fileOrAddress);
            if (!Files.isRegularFile(file)) {
                throw new IOException(fileOrAddress + ": no such file");
            }
            String name = file.getFileName().toString();
            LocalDate start = from != null ? from : EditionDates.fromName(kind, name);
            EditionStore.Outcome o = store.install(kind, file, name, file.toAbsolutePath().normalize().toString(),
                    start, to, sha256);
            return new InstallResult(o.edition(), o.unchanged(), o.replaced());
        }
        Files.createDirectories(store.root());
        Path download = store.root().resolve(".download-" + UUID.randomUUID());
        try {
            EditionDownload fetcher = new EditionDownload(ssl, longSetting(settings, MAX_DOWNLOAD_BYTES_KEY,
                    Long.parseLong(SettingsCatalogue.REFDATA_MAX_DOWNLOAD_BYTES.defaultValue())),
                    Duration.ofSeconds(longSetting(settings, DOWNLOAD_TIMEOUT_KEY,
                            Long.parseLong(SettingsCatalogue.REFDATA_DOWNLOAD_TIMEOUT.defaultValue()))));
            EditionDownload.Fetched f = fetcher.fetch(fileOrAddress, download);
            LocalDate start = from != null ? from : EditionDates.fromName(kind, f.fileName());
            EditionStore.Outcome o = store.install(kind, f.file(), f.fileName(), fileOrAddress, start, to, sha256);
            return new InstallResult(o.edition(), o.unchanged(), o.replaced());
        } finally {
            Files.deleteIfExists(download);
        }
    }

    /** Removes an installed edition by id; false when none has that id. */
    public boolean remove(String id) throws IOException {
        return store.remove(id);
    }

    /**
     * One edition's check.
     *
     * @param problem  what is wrong (checksum, layout, row count), or null when it is intact
     */
    public record Verification(Edition edition, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** Re-checks every installed edition against its recorded checksum, layout and row count. */
    public List<Verification> verify() throws IOException {
        List<Verification> out = new ArrayList<>();
        for (EditionStore.Installed i : store.list()) {
            Edition e = i.edition();
            Path file = i.file();
            String problem = null;
            if (!Files.isRegularFile(file)) {
                problem = file + ": missing";
            } else {
                String sha = EditionStore.sha256(file);
                if (!sha.equals(e.sha256())) {
                    problem = file + ": SHA-256 is " + sha + ", recorded " + e.sha256() + " (the file changed since "
                            + "it was installed; install the edition again)";
                } else {
                    try {
                        int rows = PublisherFiles.read(e.kind(), file, e.id()).rows();
                        if (rows != e.rows()) {
                            problem = file + ": " + rows + " rows read, " + e.rows() + " recorded";
                        }
                    } catch (IOException ex) {
                        problem = ex.getMessage();
                    }
                }
            }
            out.add(new Verification(e, problem));
        }
        return out;
    }

    /**
     * The PTP and MUE editions for the rules, by the mueTables/ptpTables name each kind fills.
     *
     * @param ptp  table name to its editions
     * @param mue  table name to its editions
     */
    public record TableEditions(Map<String, DatedEditions<PtpTable>> ptp, Map<String, DatedEditions<MueTable>> mue) {
    }

    /**
     * The code-set editions for the implementation-guide checks.
     *
     * @param placesOfService  the place-of-service list of the newest installed edition in force
     *                         today, or null when none is installed
     */
    public record CodeSetEditions(DatedEditions<Icd10cmOrderFile> icd10cm, DatedEditions<HcpcsFile> hcpcs,
            Set<String> placesOfService) {
    }

    /** Reads every installed PTP and MUE edition (and the impact run's candidate). */
    public TableEditions tables() throws IOException {
        Map<String, List<DatedEditions.Edition<PtpTable>>> ptp = new LinkedHashMap<>();
        Map<String, List<DatedEditions.Edition<MueTable>>> mue = new LinkedHashMap<>();
        Map<String, String> kindOf = new LinkedHashMap<>();
        for (Loaded l : loaded()) {
            ReferenceKind kind = l.edition().kind();
            if (kind.family() == ReferenceKind.Family.PTP) {
                ptp.computeIfAbsent(kind.tableName(), k -> new ArrayList<>()).add(l.dated(PtpTable.class));
            } else if (kind.family() == ReferenceKind.Family.MUE) {
                mue.computeIfAbsent(kind.tableName(), k -> new ArrayList<>()).add(l.dated(MueTable.class));
            } else {
                continue;
            }
            kindOf.put(kind.family() + kind.tableName(), kind.id());
        }
        Map<String, DatedEditions<PtpTable>> p = new LinkedHashMap<>();
        ptp.forEach((name, list) -> p.put(name, new DatedEditions<>(kindOf.get("PTP" + name), list)));
        Map<String, DatedEditions<MueTable>> m = new LinkedHashMap<>();
        mue.forEach((name, list) -> m.put(name, new DatedEditions<>(kindOf.get("MUE" + name), list)));
        return new TableEditions(p, m);
    }

    /** Reads every installed ICD-10-CM, HCPCS and place-of-service edition (and the candidate). */
    @SuppressWarnings("unchecked")
    public CodeSetEditions codeSets() throws IOException {
        List<DatedEditions.Edition<Icd10cmOrderFile>> icd = new ArrayList<>();
        List<DatedEditions.Edition<HcpcsFile>> hcpcs = new ArrayList<>();
        Set<String> pos = null;
        LocalDate posFrom = null;
        LocalDate today = LocalDate.now(clock);
        for (Loaded l : loaded()) {
            switch (l.edition().kind().family()) {
                case ICD10CM -> icd.add(l.dated(Icd10cmOrderFile.class));
                case HCPCS -> hcpcs.add(l.dated(HcpcsFile.class));
                case POS -> {
                    // the list is checked without dates: the newest edition in force today stands
                    if (l.edition().covers(today) && (posFrom == null || l.edition().effectiveFrom().isAfter(posFrom))) {
                        pos = (Set<String>) l.table();
                        posFrom = l.edition().effectiveFrom();
                    }
                }
                default -> {
                }
            }
        }
        return new CodeSetEditions(new DatedEditions<>(ReferenceKind.ICD10CM.id(), icd),
                new DatedEditions<>(ReferenceKind.HCPCS.id(), hcpcs), pos);
    }

    private record Loaded(Edition edition, Object table) {
        <T> DatedEditions.Edition<T> dated(Class<T> type) {
            return new DatedEditions.Edition<>(edition.id(), edition.effectiveFrom(), edition.effectiveTo(),
                    type.cast(table));
        }
    }

    private List<Loaded> loaded() throws IOException {
        List<Loaded> out = new ArrayList<>();
        for (EditionStore.Installed i : store.list()) {
            if (candidates.stream().anyMatch(c -> c.edition().id().equals(i.edition().id()))) {
                continue; // the impact run's candidate stands in for it
            }
            if (!Files.isRegularFile(i.file())) {
                throw new IOException(i.file() + ": the file of edition " + i.edition().id() + " is missing; run "
                        + "scrub837 data verify, and install the edition again");
            }
            out.add(new Loaded(i.edition(), PublisherFiles.read(i.edition().kind(), i.file(), i.edition().id()).table()));
        }
        for (Candidate c : candidates) {
            out.add(new Loaded(c.edition(), c.table()));
        }
        return out;
    }

    private record Candidate(Edition edition, Object table) {
    }

    /**
     * These editions with a file not yet installed standing in for its edition (the impact report):
     * read in full here, installed nowhere.
     */
    public ReferenceData withCandidate(ReferenceKind kind, Path file, LocalDate from, LocalDate to) throws IOException {
        LocalDate start = from != null ? from : EditionDates.fromName(kind, file.getFileName().toString());
        String id = kind.editionId(start);
        PublisherFiles.Parsed parsed = PublisherFiles.read(kind, file, id);
        Edition e = new Edition(id, kind, start, to != null ? to : kind.defaultEnd(start), file.toString(),
                file.getFileName().toString(), EditionStore.sha256(file), Files.size(file), parsed.rows(),
                clock.instant());
        List<Candidate> all = new ArrayList<>(candidates);
        all.add(new Candidate(e, parsed.table()));
        return new ReferenceData(store, clock, all);
    }

    /** The editions of files standing in for installed ones (the impact run's). */
    List<Edition> candidateEditions() {
        List<Edition> out = new ArrayList<>();
        candidates.forEach(c -> out.add(c.edition()));
        return out;
    }

    /**
     * A kind's state: its newest edition, its age, and whether it has ended.
     *
     * @param newest   the installed edition that starts last
     * @param ageDays  days since the newest edition came into force (negative: it starts later)
     * @param stale    the newest edition has ended: no installed edition covers today
     * @param degrade  a stale kind turns readiness DOWN ({@code scrub.refdata.stale.<kind>} = degrade)
     */
    public record KindState(ReferenceKind kind, Edition newest, long ageDays, boolean stale, boolean degrade) {

        /** One line for logs and health details, naming the kind. */
        public String describe() {
            return kind.id() + ": " + newest.id() + " (" + newest.period() + ", " + ageDays + " days old"
                    + (stale ? "; ENDED " + newest.effectiveTo() + ": install the next edition" : "") + ")";
        }
    }

    /** Each installed kind's state on {@code today}; kinds without editions are left out. */
    public List<KindState> states(LocalDate today, Map<String, String> settings) throws IOException {
        Map<ReferenceKind, Edition> newest = new EnumMap<>(ReferenceKind.class);
        for (Edition e : list()) {
            Edition n = newest.get(e.kind());
            if (n == null || e.effectiveFrom().isAfter(n.effectiveFrom())) {
                newest.put(e.kind(), e);
            }
        }
        List<KindState> out = new ArrayList<>();
        for (Map.Entry<ReferenceKind, Edition> e : newest.entrySet()) {
            Edition n = e.getValue();
            boolean stale = n.effectiveTo() != null && today.isAfter(n.effectiveTo());
            String action = settings.getOrDefault(STALE_KEY_PREFIX + e.getKey().id(), "degrade").trim();
            if (!action.equals("degrade") && !action.equals("warn")) {
                throw new IllegalArgumentException(STALE_KEY_PREFIX + e.getKey().id() + " = '" + action
                        + "': expected degrade or warn");
            }
            out.add(new KindState(e.getKey(), n, ChronoUnit.DAYS.between(n.effectiveFrom(), today), stale,
                    action.equals("degrade")));
        }
        return out;
    }

    /** The edition of a kind in force on a date, if any. */
    public Optional<Edition> inForce(ReferenceKind kind, LocalDate date) throws IOException {
        Edition found = null;
        for (Edition e : list()) {
            if (e.kind() == kind && e.covers(date) && (found == null || e.effectiveFrom().isAfter(found.effectiveFrom()))) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private static long longSetting(Map<String, String> settings, String key, long defaultValue) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = '" + v + "': expected a positive whole number");
        }
    }
}

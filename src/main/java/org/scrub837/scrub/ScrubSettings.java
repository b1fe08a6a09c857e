package org.scrub837.scrub;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.scrub837.settings.Setting;
import org.scrub837.settings.SettingFile;
import org.scrub837.settings.SettingType;
import org.scrub837.settings.SettingsCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings in {@code config/application.properties}. Every {@code scrub.*} key can be
 * overridden by an environment variable named the way Camel names them ({@code scrub.inbox} by
 * {@code SCRUB_INBOX}, {@code scrub.readLockMinAge} by {@code SCRUB_READLOCKMINAGE}: upper case,
 * dots as underscores; an underscore between the words of a camel-case name is accepted too) and
 * by a JVM system property of the same name, which wins over both. One source for the watch
 * folder, replay, the input limits and the Camel placeholders, so that an override has the same
 * effect everywhere. Relative folders resolve against the configuration folder, never against the
 * working directory.
 */
public final class ScrubSettings {

    /** The settings file inside the configuration folder. */
    public static final String FILE_NAME = "application.properties";

    /** How output control numbers are chosen. */
    public enum ControlNumberMode { ORIGINAL, FRESH }

    /** What happens to a file whose content was already processed. */
    public enum DuplicatePolicy { SKIP, PROCESS }

    /** When the watch folder's state records are synced to disk ({@code scrub.stateSync}). */
    public enum StateSyncMode { BACKGROUND, EACH }

    /** 4 MiB: below it, splitting a file costs more than a second core gains. */
    public static final long DEFAULT_PARALLEL_MIN_BYTES = Long.parseLong(SettingsCatalogue.PARALLEL_MIN_BYTES.defaultValue());

    private static final Logger LOG = LoggerFactory.getLogger(ScrubSettings.class);

    private final Path configDir;
    private final Properties properties;

    private ScrubSettings(Path configDir, Properties properties) {
        this.configDir = configDir;
        this.properties = properties;
    }

    /**
     * Loads {@code <configDir>/application.properties} and lays environment variables, then system
     * properties, over it.
     *
     * @throws IllegalArgumentException when the file is missing (a wrong --config)
     */
    public static ScrubSettings load(Path configDir) throws IOException {
        return load(configDir, System.getenv(), System.getProperties());
    }

    /** As {@link #load(Path)}, with the environment and system properties given (for tests). */
    static ScrubSettings load(Path configDir, Map<String, String> env, Properties system) throws IOException {
        Path dir = configDir.toAbsolutePath().normalize();
        Properties p = new Properties();
        Path file = dir.resolve(FILE_NAME);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("configuration file " + file
                    + " not found; pass --config DIR naming the folder that holds " + FILE_NAME, e);
        }
        // limits.properties is read here and only here: its keys are settings like any other
        Path limits = dir.resolve(SettingFile.LIMITS.fileName());
        if (Files.exists(limits)) {
            try (Reader r = Files.newBufferedReader(limits, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        warnUnknown(p.stringPropertyNames(), FILE_NAME + " or " + SettingFile.LIMITS.fileName());
        overlay(p, env, system);
        return new ScrubSettings(dir, p);
    }

    /**
     * Lays the environment variables and then the system properties of every {@code scrub.*} setting
     * over {@code p} (the same rule for every key of the catalogue, and for any other key already in
     * {@code p}); an unknown {@code SCRUB_*} variable or {@code scrub.*} system property is a
     * warning naming the closest known key.
     */
    public static void overlay(Properties p, Map<String, String> env, Properties system) {
        Map<String, String> byEnvName = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("scrub.")) {
                byEnvName.put(squeeze(key), key);
            }
        }
        Set<String> secretVariables = secretVariables(p);
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String name = e.getKey();
            if (!name.startsWith("SCRUB_") || secretVariables.contains(name)) {
                continue;
            }
            String key = SettingsCatalogue.byEnvironmentName(name).map(Setting::key)
                    .orElse(byEnvName.get(squeeze(name)));
            if (key != null) {
                p.setProperty(key, e.getValue());
            } else {
                warn(name, "the environment");
            }
        }
        for (String key : new TreeSet<>(system.stringPropertyNames())) {
            if (key.startsWith("scrub.")) {
                p.setProperty(key, system.getProperty(key));
                if (SettingsCatalogue.byKey(key).isEmpty()) {
                    warn(key, "a system property");
                }
            }
        }
    }

    /** The variables the *Env settings name (configured or default): they hold secrets, not settings. */
    private static Set<String> secretVariables(Properties p) {
        Set<String> names = new HashSet<>();
        for (Setting s : SettingsCatalogue.ALL) {
            if (s.type() == SettingType.ENV_NAME && !s.raw(p).isEmpty()) {
                names.add(s.raw(p));
            }
        }
        return names;
    }

    private static void warnUnknown(Set<String> keys, String where) {
        for (String key : new TreeSet<>(keys)) {
            if (key.startsWith("scrub.") && SettingsCatalogue.byKey(key).isEmpty()) {
                warn(key, where);
            }
        }
    }

    /** Names already warned about: the engine is loaded more than once by the service. */
    private static final Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static void warn(String name, String where) {
        if (WARNED.add(name)) {
            Setting near = SettingsCatalogue.closest(name);
            LOG.warn("unknown setting {} (from {}) is ignored; the closest known one is {} ({})", name, where,
                    near.key(), near.environmentName());
        }
    }

    private static String squeeze(String key) {
        return key.replace(".", "").replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
    }

    /** Lays this process's environment variables and system properties over {@code p}, as above. */
    public static void overlay(Properties p) {
        overlay(p, System.getenv(), System.getProperties());
    }

    /** The configuration folder, absolute. */
    public Path configDir() {
        return configDir;
    }

    /** The merged properties (file, environment, system properties), e.g. for Camel's placeholders. */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    public String get(String key, String defaultValue) {
        String v = properties.getProperty(key);
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }

    /** A setting's value (its catalogue default when absent or blank). */
    public String get(Setting setting) {
        return setting.raw(properties);
    }

    /** A path setting: an absolute path as it is, a relative one against the configuration folder; null when empty. */
    public Path path(Setting setting) {
        return setting.path(properties, configDir);
    }

    /** A path from the settings, relative ones taken from the configuration folder. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return (p.isAbsolute() ? p : configDir.resolve(p)).normalize();
    }

    public Path inbox() {
        return path(SettingsCatalogue.INBOX);
    }

    public Path outbox() {
        return path(SettingsCatalogue.OUTBOX);
    }

    public Path reports() {
        return path(SettingsCatalogue.REPORTS);
    }

    public Path archive() {
        return path(SettingsCatalogue.ARCHIVE);
    }

    public Path failed() {
        return path(SettingsCatalogue.FAILED);
    }

    public Path state() {
        return path(SettingsCatalogue.STATE);
    }

    /** How often the inbox is polled, in milliseconds ({@code scrub.pollDelay}). */
    public long pollDelay() {
        return SettingsCatalogue.POLL_DELAY.wholeNumber(properties);
    }

    /** How long (ms) a file's size and time stamp must stay still before it is picked up. */
    public long readLockMinAge() {
        return SettingsCatalogue.READ_LOCK_MIN_AGE.wholeNumber(properties);
    }

    /** Whether files in subfolders of the inbox are picked up too ({@code scrub.recursive}). */
    public boolean recursive() {
        return SettingsCatalogue.RECURSIVE.bool(properties);
    }

    /** The permissions of every output, archived original and failed file ({@code scrub.outputMode}, octal). */
    public Set<PosixFilePermission> outputMode() {
        String v = get(SettingsCatalogue.OUTPUT_MODE);
        if (!v.matches("0?[0-7]{3}")) {
            throw new IllegalArgumentException("scrub.outputMode must be an octal mode such as 0640, found '" + v + "'");
        }
        int mode = Integer.parseInt(v, 8);
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                perms.add(order[bit]);
            }
        }
        return perms;
    }

    /** The port of the embedded HTTP server (health, metrics); 0 turns it off ({@code scrub.http.port}). */
    public int httpPort() {
        int n = SettingsCatalogue.HTTP_PORT.wholeInt(properties);
        if (n > 65535) {
            throw new IllegalArgumentException("scrub.http.port must be a port number (0 = off), found '" + n + "'");
        }
        return n;
    }

    /** The address the HTTP server binds to ({@code scrub.http.host}). */
    public String httpHost() {
        return get(SettingsCatalogue.HTTP_HOST);
    }

    /** Free bytes under which a folder's file system counts as nearly full and readiness goes DOWN. */
    public long minFreeBytes() {
        return SettingsCatalogue.MIN_FREE_BYTES.wholeNumber(properties);
    }

    public int consumers() {
        return SettingsCatalogue.CONSUMERS.wholeInt(properties);
    }

    public ControlNumberMode controlNumbers() {
        return SettingsCatalogue.CONTROL_NUMBERS.choice(properties, ControlNumberMode.class);
    }

    public DuplicatePolicy duplicates() {
        return SettingsCatalogue.DUPLICATES.choice(properties, DuplicatePolicy.class);
    }

    public StateSyncMode stateSync() {
        return SettingsCatalogue.STATE_SYNC.choice(properties, StateSyncMode.class);
    }

    /**
     * Threads that scrub the transactions of one large file at once ({@code scrub.parallelThreads}):
     * a whole number, or {@code auto} for the number of processors; 1 (the default) turns the
     * parallel scrub off.
     */
    public int parallelThreads() {
        return SettingsCatalogue.PARALLEL_THREADS.wholeOrAuto(properties, Runtime.getRuntime().availableProcessors());
    }

    /** Most files {@code scrub.replayFiles = auto} scrubs at once: each holds its own reader in the heap. */
    public static final int REPLAY_FILES_AUTO_MAX = 4;

    /**
     * Small files replay scrubs at once ({@code scrub.replayFiles}): a whole number, or {@code auto}
     * (the default) for the number of processors, at least 2 and at most {@link #REPLAY_FILES_AUTO_MAX}.
     * With {@code scrub.controlNumbers = fresh} it is always 1, so that the numbers follow the order
     * of the files.
     */
    public int replayFiles() {
        if (controlNumbers() == ControlNumberMode.FRESH) {
            return 1;
        }
        return SettingsCatalogue.REPLAY_FILES.wholeOrAuto(properties,
                Math.min(REPLAY_FILES_AUTO_MAX, Math.max(2, Runtime.getRuntime().availableProcessors())));
    }

    /** Files smaller than this many bytes are scrubbed on one thread ({@code scrub.parallelMinBytes}). */
    public long parallelMinBytes() {
        return SettingsCatalogue.PARALLEL_MIN_BYTES.wholeNumber(properties);
    }

    /** The report formats asked for; json is always included. */
    public Set<ReportFormat> formats() {
        return ReportFormat.parseList(get(SettingsCatalogue.FORMATS));
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.scrub837.read.ReaderLimits;

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

    /** 4 MiB: below it, splitting a file costs more than a second core gains. */
    public static final long DEFAULT_PARALLEL_MIN_BYTES = 4L << 20;

    /**
     * Every key the program reads, so that an environment variable can be matched to its key
     * whatever the case of the key's words; a key set in a settings file is matched as well.
     */
    static final List<String> KNOWN_KEYS = List.of("scrub.inbox", "scrub.outbox", "scrub.reports", "scrub.archive",
            "scrub.failed", "scrub.state", "scrub.consumers", "scrub.parallelThreads", "scrub.parallelMinBytes",
            "scrub.replayFiles", "scrub.pollDelay", "scrub.readLockMinAge", "scrub.duplicates",
            "scrub.controlNumbers", "scrub.formats", "scrub.outputMode", "scrub.recursive", "scrub.http.port",
            "scrub.http.host", "scrub.minFreeBytes", ReaderLimits.MAX_FILE_BYTES, ReaderLimits.MAX_SEGMENT_LENGTH,
            ReaderLimits.MAX_ELEMENTS_PER_SEGMENT, ReaderLimits.MAX_CLAIMS_PER_TRANSACTION,
            ReaderLimits.MAX_LINES_PER_CLAIM, "scrub.refdata.maxDownloadBytes", "scrub.refdata.downloadTimeoutSeconds");

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
        overlay(p, env, system);
        return new ScrubSettings(dir, p);
    }

    /**
     * Lays the {@code scrub.*} environment variables and then the {@code scrub.*} system properties
     * over {@code p}: the same rule for every settings file (application.properties, limits.properties).
     */
    public static void overlay(Properties p, Map<String, String> env, Properties system) {
        Map<String, String> byEnvName = new HashMap<>();
        for (String key : KNOWN_KEYS) {
            byEnvName.put(envName(key), key);
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("scrub.")) {
                byEnvName.put(envName(key), key);
            }
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getKey().startsWith("SCRUB_")) {
                String key = byEnvName.get(e.getKey().replace("_", ""));
                if (key != null) {
                    p.setProperty(key, e.getValue());
                }
            }
        }
        for (String key : system.stringPropertyNames()) {
            if (key.startsWith("scrub.")) {
                p.setProperty(key, system.getProperty(key));
            }
        }
    }

    /** The environment variable of a key, less its underscores: scrub.http.port gives SCRUBHTTPPORT. */
    private static String envName(String key) {
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

    /** A folder setting: an absolute path as it is, a relative one against the configuration folder. */
    public Path folder(String key, String defaultValue) {
        return resolve(get(key, defaultValue));
    }

    /** A path from the settings, relative ones taken from the configuration folder. */
    public Path resolve(String path) {
        Path p = Path.of(path);
        return (p.isAbsolute() ? p : configDir.resolve(p)).normalize();
    }

    public Path inbox() {
        return folder("scrub.inbox", "../work/inbox");
    }

    public Path outbox() {
        return folder("scrub.outbox", "../work/outbox");
    }

    public Path reports() {
        return folder("scrub.reports", "../work/reports");
    }

    public Path archive() {
        return folder("scrub.archive", "../work/archive");
    }

    public Path failed() {
        return folder("scrub.failed", "../work/failed");
    }

    public Path state() {
        return folder("scrub.state", "../work/state");
    }

    /** How often the inbox is polled, in milliseconds ({@code scrub.pollDelay}). */
    public long pollDelay() {
        return positiveLong("scrub.pollDelay", 1000);
    }

    /**
     * How long (ms) a file's size and time stamp must stay still before it is picked up
     * ({@code scrub.readLockMinAge}): 10 s by default, for uploads over SMB or SFTP that pause.
     */
    public long readLockMinAge() {
        return positiveLong("scrub.readLockMinAge", 10_000);
    }

    /** Whether files in subfolders of the inbox are picked up too ({@code scrub.recursive}, off by default). */
    public boolean recursive() {
        String v = get("scrub.recursive", "false");
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("scrub.recursive must be true or false, found '" + v + "'");
    }

    /**
     * The permissions of every output ({@code scrub.outputMode}, octal, default {@code 0640}: the
     * owner writes, a forwarder in the owner's group reads, nobody else).
     */
    public Set<PosixFilePermission> outputMode() {
        String v = get("scrub.outputMode", "0640");
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
        String v = get("scrub.http.port", "0");
        try {
            int n = Integer.parseInt(v);
            if (n >= 0 && n <= 65535) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("scrub.http.port must be a port number (0 = off), found '" + v + "'");
    }

    /** The address the HTTP server binds to ({@code scrub.http.host}, default 127.0.0.1: this machine only). */
    public String httpHost() {
        return get("scrub.http.host", "127.0.0.1");
    }

    /**
     * Free bytes under which a folder's file system counts as nearly full and readiness goes DOWN
     * ({@code scrub.minFreeBytes}, default 100 MiB).
     */
    public long minFreeBytes() {
        String v = get("scrub.minFreeBytes", Long.toString(100L << 20));
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("scrub.minFreeBytes must be a whole number of bytes, found '" + v + "'");
    }

    public int consumers() {
        return positiveInt("scrub.consumers", 2);
    }

    public ControlNumberMode controlNumbers() {
        return choice("scrub.controlNumbers", ControlNumberMode.class, ControlNumberMode.ORIGINAL);
    }

    public DuplicatePolicy duplicates() {
        return choice("scrub.duplicates", DuplicatePolicy.class, DuplicatePolicy.SKIP);
    }

    /**
     * Threads that scrub the transactions of one large file at once ({@code scrub.parallelThreads}):
     * a whole number, or {@code auto} (the default) for the number of processors; 1 turns the
     * parallel scrub off.
     */
    public int parallelThreads() {
        String v = get("scrub.parallelThreads", "auto");
        if (v.equalsIgnoreCase("auto")) {
            return Runtime.getRuntime().availableProcessors();
        }
        return positiveInt("scrub.parallelThreads", 1);
    }

    /** Most files {@code scrub.replayFiles = auto} scrubs at once: each holds its own reader in the heap. */
    public static final int REPLAY_FILES_AUTO_MAX = 4;

    /**
     * Small files replay scrubs at once ({@code scrub.replayFiles}): a whole number, or {@code auto}
     * (the default) for the number of processors, at least 2 (a small file's thread mostly waits on
     * the file system) and at most {@link #REPLAY_FILES_AUTO_MAX}. With
     * {@code scrub.controlNumbers = fresh} it is always 1, so that the numbers follow the order of
     * the files.
     */
    public int replayFiles() {
        if (controlNumbers() == ControlNumberMode.FRESH) {
            return 1;
        }
        String v = get("scrub.replayFiles", "auto");
        if (v.equalsIgnoreCase("auto")) {
            return Math.min(REPLAY_FILES_AUTO_MAX, Math.max(2, Runtime.getRuntime().availableProcessors()));
        }
        return positiveInt("scrub.replayFiles", 1);
    }

    /** Files smaller than this many bytes are scrubbed on one thread ({@code scrub.parallelMinBytes}). */
    public long parallelMinBytes() {
        String v = get("scrub.parallelMinBytes", Long.toString(DEFAULT_PARALLEL_MIN_BYTES));
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("scrub.parallelMinBytes must be a whole number of bytes (0 or more), found '"
                + v + "'");
    }

    /** The report formats asked for; json is always included. */
    public Set<ReportFormat> formats() {
        return ReportFormat.parseList(get("scrub.formats", "json,txt,html,999,277ca"));
    }

    private long positiveLong(String key, long defaultValue) {
        String v = get(key, Long.toString(defaultValue));
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a whole number above 0, found '" + v + "'");
    }

    private int positiveInt(String key, int defaultValue) {
        String v = get(key, Integer.toString(defaultValue));
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a whole number above 0, found '" + v + "'");
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, E defaultValue) {
        String v = get(key, defaultValue.name());
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be one of "
                    + Arrays.toString(EnumSet.allOf(type).stream().map(x -> x.name().toLowerCase(Locale.ROOT))
                            .toArray()) + ", found '" + v + "'");
        }
    }
}

package org.scrub837.scrub;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The settings in {@code config/application.properties}, each overridable by a JVM system property
 * of the same name. One source for the watch folder, replay and the Camel placeholders.
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

    private final Path configDir;
    private final Properties properties;

    private ScrubSettings(Path configDir, Properties properties) {
        this.configDir = configDir;
        this.properties = properties;
    }

    /**
     * Loads {@code <configDir>/application.properties} and lays system properties over it.
     *
     * @throws IllegalArgumentException when the file is missing (a wrong --config)
     */
    public static ScrubSettings load(Path configDir) throws IOException {
        Properties p = new Properties();
        Path file = configDir.resolve(FILE_NAME);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("configuration file " + file
                    + " not found; pass --config DIR naming the folder that holds " + FILE_NAME, e);
        }
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("scrub.")) {
                p.setProperty(key, System.getProperty(key));
            }
        }
        return new ScrubSettings(configDir, p);
    }

    public Path configDir() {
        return configDir;
    }

    /** The merged properties (file, then system properties), e.g. for Camel's placeholders. */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    public String get(String key, String defaultValue) {
        String v = properties.getProperty(key);
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }

    public Path folder(String key, String defaultValue) {
        return Path.of(get(key, defaultValue));
    }

    public Path inbox() {
        return folder("scrub.inbox", "work/inbox");
    }

    public Path outbox() {
        return folder("scrub.outbox", "work/outbox");
    }

    public Path reports() {
        return folder("scrub.reports", "work/reports");
    }

    public Path archive() {
        return folder("scrub.archive", "work/archive");
    }

    public Path failed() {
        return folder("scrub.failed", "work/failed");
    }

    public Path state() {
        return folder("scrub.state", "work/state");
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

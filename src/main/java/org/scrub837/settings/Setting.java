package org.scrub837.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * One {@code scrub.*} setting, declared once in {@link SettingsCatalogue}: its key, type, default,
 * unit, description, whether its value is secret, and the file of config/ that holds it. Every
 * reader takes the value through the typed accessors here (one parser per type), so that a
 * default, a bound and the wording of an error exist once.
 *
 * @param defaultValue the value when the key is absent or blank; "" for none (off, unset)
 * @param unit         ms, bytes, s, days ... or "" when the value has none
 * @param choices      the allowed words of a {@link SettingType#CHOICE}, else empty
 * @param min          the least whole number accepted ({@link SettingType#WHOLE_NUMBER})
 * @param secret       the value itself must never be logged or printed (a URL may carry a password)
 */
public record Setting(String key, SettingType type, String defaultValue, String unit, String description,
        boolean secret, SettingFile file, List<String> choices, long min) {

    /** The environment variable that overrides it: SCRUB_INBOX, SCRUB_HTTP_PORT, SCRUB_READLOCKMINAGE. */
    public String environmentName() {
        return key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** The trimmed value, or the default when absent or blank. */
    public String raw(Properties p) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }

    /** Whether the value is set (not blank) or has a default. */
    public boolean isSet(Properties p) {
        return !raw(p).isEmpty();
    }

    /** A whole number (underscores may group digits), at least {@link #min}. */
    public long wholeNumber(Properties p) {
        String v = raw(p);
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a whole number" + (unit.isEmpty() ? "" : " of " + unit)
                + " of at least " + min + ", found '" + v + "'");
    }

    /** A whole number as an int (ports, counts). */
    public int wholeInt(Properties p) {
        long n = wholeNumber(p);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be at most " + Integer.MAX_VALUE + ", found '" + raw(p) + "'");
        }
        return (int) n;
    }

    /** A whole number or {@code auto}: auto gives {@code auto}. */
    public int wholeOrAuto(Properties p, int auto) {
        String v = raw(p);
        return v.equalsIgnoreCase("auto") ? auto : wholeInt(p);
    }

    /** true or false, nothing else. */
    public boolean bool(Properties p) {
        String v = raw(p);
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException(key + " must be true or false, found '" + v + "'");
    }

    /** One of {@link #choices}, as the enum constant of the same name (upper case). */
    public <E extends Enum<E>> E choice(Properties p, Class<E> type) {
        String v = raw(p);
        for (String c : choices) {
            if (c.equalsIgnoreCase(v)) {
                return Enum.valueOf(type, c.toUpperCase(Locale.ROOT));
            }
        }
        throw new IllegalArgumentException(key + " must be one of " + choices + ", found '" + v + "'");
    }

    /**
     * A path: absolute as it is, relative against the configuration folder (never the working
     * directory); null when empty.
     */
    public Path path(Properties p, Path configDir) {
        String v = raw(p);
        if (v.isEmpty()) {
            return null;
        }
        Path path = Path.of(v);
        return (path.isAbsolute() ? path : configDir.toAbsolutePath().resolve(path)).normalize();
    }

    /**
     * The secret held by the environment variable this setting names ({@link SettingType#ENV_NAME}),
     * or null when no variable is named or it is unset or empty.
     */
    public String secretFrom(Properties p, Map<String, String> env) {
        String name = raw(p);
        if (name.isEmpty()) {
            return null;
        }
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The value as it may be shown in a log or on a screen: a secret one as "(set)" or "(empty)". */
    public String shown(Properties p) {
        String v = raw(p);
        if (secret) {
            return v.isEmpty() ? "(empty)" : "(set)";
        }
        return v;
    }

    static Setting of(String key, SettingType type, String defaultValue, String unit, String description) {
        return new Setting(key, type, defaultValue, unit, description, false, SettingFile.APPLICATION, List.of(),
                type == SettingType.WHOLE_NUMBER || type == SettingType.NUMBER_OR_AUTO ? 1 : Long.MIN_VALUE);
    }

    Setting min(long least) {
        return new Setting(key, type, defaultValue, unit, description, secret, file, choices, least);
    }

    Setting secretValue() {
        return new Setting(key, type, defaultValue, unit, description, true, file, choices, min);
    }

    Setting in(SettingFile where) {
        return new Setting(key, type, defaultValue, unit, description, secret, where, choices, min);
    }

    Setting choices(String... words) {
        return new Setting(key, SettingType.CHOICE, defaultValue, unit, description, secret, file,
                Arrays.asList(words), min);
    }
}

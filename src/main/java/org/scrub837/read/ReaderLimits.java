package org.scrub837.read;

import org.scrub837.settings.SettingsCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Input limits of the claim reader, in the spirit of jackson-core's StreamReadConstraints: hostile or
 * broken input stops with an {@link InvalidEdiException} naming the limit's key and the value met,
 * before it can exhaust memory or time. Loadable from {@code config/limits.properties}.
 *
 * @param maxFileBytes          largest input, in bytes (after a byte-order mark is stripped)
 * @param maxSegmentLength      longest segment, in characters between two terminators
 * @param maxElementsPerSegment most elements (data element positions) in one segment
 * @param maxClaimsPerTransaction most CLM segments in one ST/SE transaction
 * @param maxLinesPerClaim      most LX service lines in one claim
 */
public record ReaderLimits(long maxFileBytes, int maxSegmentLength, int maxElementsPerSegment,
        int maxClaimsPerTransaction, int maxLinesPerClaim) {

    public static final String MAX_FILE_BYTES = SettingsCatalogue.MAX_FILE_BYTES.key();
    public static final String MAX_SEGMENT_LENGTH = SettingsCatalogue.MAX_SEGMENT_LENGTH.key();
    public static final String MAX_ELEMENTS_PER_SEGMENT = SettingsCatalogue.MAX_ELEMENTS_PER_SEGMENT.key();
    public static final String MAX_CLAIMS_PER_TRANSACTION = SettingsCatalogue.MAX_CLAIMS_PER_TRANSACTION.key();
    public static final String MAX_LINES_PER_CLAIM = SettingsCatalogue.MAX_LINES_PER_CLAIM.key();

    /** 1 GiB: far above any real 837 batch, low enough to stop a runaway stream. */
    public static final long DEFAULT_MAX_FILE_BYTES = defaultOf(SettingsCatalogue.MAX_FILE_BYTES);
    /** 64 Ki characters: the longest 837 segments (CLM, SV1, NTE) are a few hundred characters. */
    public static final int DEFAULT_MAX_SEGMENT_LENGTH = (int) defaultOf(SettingsCatalogue.MAX_SEGMENT_LENGTH);
    /** No 837 segment has more than 21 elements; 99 is the largest element position X12 allows. */
    public static final int DEFAULT_MAX_ELEMENTS_PER_SEGMENT = (int) defaultOf(SettingsCatalogue.MAX_ELEMENTS_PER_SEGMENT);
    /** The guides recommend at most 5,000 CLM per ST/SE; this stops only far beyond that. */
    public static final int DEFAULT_MAX_CLAIMS_PER_TRANSACTION = (int) defaultOf(SettingsCatalogue.MAX_CLAIMS_PER_TRANSACTION);
    /** 837I allows 999 service lines per claim (837P 50): the reader holds one claim's lines in memory. */
    public static final int DEFAULT_MAX_LINES_PER_CLAIM = (int) defaultOf(SettingsCatalogue.MAX_LINES_PER_CLAIM);

    /** A limit's default, from the settings catalogue (declared there once). */
    private static long defaultOf(org.scrub837.settings.Setting setting) {
        return Long.parseLong(setting.defaultValue());
    }

    public ReaderLimits {
        positive(MAX_FILE_BYTES, maxFileBytes);
        positive(MAX_SEGMENT_LENGTH, maxSegmentLength);
        positive(MAX_ELEMENTS_PER_SEGMENT, maxElementsPerSegment);
        positive(MAX_CLAIMS_PER_TRANSACTION, maxClaimsPerTransaction);
        positive(MAX_LINES_PER_CLAIM, maxLinesPerClaim);
    }

    public static ReaderLimits defaults() {
        return new ReaderLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_SEGMENT_LENGTH, DEFAULT_MAX_ELEMENTS_PER_SEGMENT,
                DEFAULT_MAX_CLAIMS_PER_TRANSACTION, DEFAULT_MAX_LINES_PER_CLAIM);
    }

    /**
     * Limits from properties: keys {@code scrub.limits.*}; a missing key keeps its default.
     *
     * @throws IllegalArgumentException when a value is not a positive whole number
     */
    public static ReaderLimits fromProperties(Properties properties) {
        ReaderLimits d = defaults();
        return new ReaderLimits(
                longValue(properties, MAX_FILE_BYTES, d.maxFileBytes),
                (int) Math.min(Integer.MAX_VALUE, longValue(properties, MAX_SEGMENT_LENGTH, d.maxSegmentLength)),
                (int) Math.min(Integer.MAX_VALUE,
                        longValue(properties, MAX_ELEMENTS_PER_SEGMENT, d.maxElementsPerSegment)),
                (int) Math.min(Integer.MAX_VALUE,
                        longValue(properties, MAX_CLAIMS_PER_TRANSACTION, d.maxClaimsPerTransaction)),
                (int) Math.min(Integer.MAX_VALUE, longValue(properties, MAX_LINES_PER_CLAIM, d.maxLinesPerClaim)));
    }

    /** Limits from a properties file such as {@code config/limits.properties}. */
    public static ReaderLimits load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return fromProperties(properties);
    }

    /** Limits from a properties stream (UTF-8 or ISO-8859-1 with escapes). */
    public static ReaderLimits load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        return fromProperties(properties);
    }

    /**
     * The message of a limit met: what was counted, the value met, the maximum and the key to raise
     * it, e.g. "segment length 70000 exceeds the maximum 65536 (scrub.limits.maxSegmentLength)".
     */
    public static String exceeded(String what, long value, long maximum, String key) {
        return what + " " + value + " exceeds the maximum " + maximum + " (" + key + ")";
    }

    private static long longValue(Properties properties, String key, long fallback) {
        String text = properties.getProperty(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a positive whole number, was '" + text.trim() + "'", e);
        }
    }

    private static void positive(String key, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, was " + value);
        }
    }
}

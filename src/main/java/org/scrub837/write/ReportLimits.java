package org.scrub837.write;

import org.scrub837.settings.SettingsCatalogue;

/**
 * How much of a file the reports for people show in full, so that {@code B.report.html} and
 * {@code B.summary.txt} stay small enough to open whatever the input's size. Claims beyond the
 * bounds are counted (totals by rule cover every claim) and the reports point at
 * {@code B.report.json}, which lists them all.
 *
 * @param claims     claims shown in full in each report (HTML cards, summary entries), rejected claims first
 * @param claimBytes bytes the claims shown may take in each report; the page or summary adds a few KB
 *                   (and the totals by rule) around them
 */
public record ReportLimits(int claims, long claimBytes) {

    /** Setting naming {@link #claims()}. */
    public static final String CLAIMS_KEY = SettingsCatalogue.REPORT_MAX_CLAIMS.key();
    /** Setting naming {@link #claimBytes()}. */
    public static final String CLAIM_BYTES_KEY = SettingsCatalogue.REPORT_MAX_CLAIM_BYTES.key();
    public static final ReportLimits DEFAULT = new ReportLimits(
            Integer.parseInt(SettingsCatalogue.REPORT_MAX_CLAIMS.defaultValue()),
            Long.parseLong(SettingsCatalogue.REPORT_MAX_CLAIM_BYTES.defaultValue()));

    public ReportLimits {
        if (claims < 0 || claimBytes < 0) {
            throw new IllegalArgumentException("report limits cannot be negative: " + claims + ", " + claimBytes);
        }
    }

    /**
     * Limits from setting values; null or blank keeps the default.
     *
     * @throws IllegalArgumentException naming the setting when a value is not a whole number
     */
    public static ReportLimits parse(String claims, String claimBytes) {
        return new ReportLimits((int) number(CLAIMS_KEY, claims, DEFAULT.claims()),
                number(CLAIM_BYTES_KEY, claimBytes, DEFAULT.claimBytes()));
    }

    private static long number(String key, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < 0 || (key.equals(CLAIMS_KEY) && n > Integer.MAX_VALUE)) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of 0 or more: '" + value.trim() + "'");
        }
    }
}

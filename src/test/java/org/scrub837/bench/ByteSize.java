package org.scrub837.bench;

import java.util.Locale;

/** Parses sizes such as {@code 100MB}, {@code 1GB}, {@code 500KB} or a plain byte count; 1 MB = 10^6 bytes. */
final class ByteSize {

    private ByteSize() {
    }

    static long parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long factor = 1;
        if (t.endsWith("GB")) {
            factor = 1_000_000_000L;
        } else if (t.endsWith("MB")) {
            factor = 1_000_000L;
        } else if (t.endsWith("KB")) {
            factor = 1_000L;
        }
        String number = factor == 1 ? t.replaceAll("B$", "") : t.substring(0, t.length() - 2);
        try {
            double value = Double.parseDouble(number.trim());
            if (value <= 0) {
                throw new IllegalArgumentException("size must be positive: " + text);
            }
            return (long) (value * factor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size (e.g. 100MB, 1GB): " + text, e);
        }
    }

    static String label(long bytes) {
        if (bytes % 1_000_000_000L == 0) {
            return bytes / 1_000_000_000L + "GB";
        }
        if (bytes % 1_000_000L == 0) {
            return bytes / 1_000_000L + "MB";
        }
        return bytes % 1_000L == 0 ? bytes / 1_000L + "KB" : bytes + "B";
    }
}

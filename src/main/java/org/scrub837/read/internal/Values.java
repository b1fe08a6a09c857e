package org.scrub837.read.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.scrub837.model.DateRange;

/** Parses X12 numbers and DTP dates leniently: what does not parse becomes null, never an exception. */
public final class Values {


    private Values() {
    }

    /** The text, or null when empty. */
    static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * X12 R and N types: optional minus, digits, optional decimal point (at least one digit); no
     * exponent, no plus sign. Checked by hand rather than with a regex: it runs for every amount
     * and quantity of every claim.
     */
    static BigDecimal decimal(String text) {
        if (text == null || text.isEmpty() || text.length() > 40) {
            return null;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return null;
            }
        }
        return digits == 0 ? null : new BigDecimal(text);
    }

    /**
     * Digits only (ASCII), at most 9 of them, else null. Summed by hand rather than with
     * {@code Integer.valueOf(String)}: this runs for every service line, and the JIT inlines
     * Integer.parseInt's general code (signs, radixes, overflow) into the reader's per-segment path.
     */
    public static Integer integer(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A DTP date: format D8 (CCYYMMDD) or RD8 (CCYYMMDD-CCYYMMDD); null when it does not parse. */
    static DateRange dateRange(String format, String value) {
        if ("D8".equals(format)) {
            LocalDate day = date(value);
            return day == null ? null : DateRange.of(day);
        }
        if ("RD8".equals(format) && value.length() == 17 && value.charAt(8) == '-') {
            LocalDate from = date(value.substring(0, 8));
            LocalDate to = date(value.substring(9));
            return from == null || to == null || to.isBefore(from) ? null : new DateRange(from, to);
        }
        return null;
    }

    /**
     * CCYYMMDD by hand (every DTP of every claim passes here); null when not a real date. The
     * digits are summed here, not with Integer.parseInt, whose general code the JIT would inline
     * three times into every path that reads a date.
     */
    private static LocalDate date(String value) {
        if (value.length() != 8) {
            return null;
        }
        int number = 0;
        for (int i = 0; i < 8; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            number = number * 10 + (c - '0');
        }
        int year = number / 10_000;
        int month = number / 100 % 100;
        int day = number % 100;
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

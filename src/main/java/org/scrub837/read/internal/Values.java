package org.scrub837.read.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import org.scrub837.model.DateRange;

/** Parses X12 numbers and DTP dates leniently: what does not parse becomes null, never an exception. */
final class Values {

    /** X12 R and N types: optional minus, digits, optional decimal point; no exponent, no plus sign. */
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Values() {
    }

    /** The text, or null when empty. */
    static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isEmpty() || text.length() > 40 || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text);
    }

    static Integer integer(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.valueOf(text);
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

    private static LocalDate date(String value) {
        if (value.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(value, CCYYMMDD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

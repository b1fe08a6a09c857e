package org.scrub837.model;

import java.time.LocalDate;

/**
 * A date (DTP format D8, {@code from == to}) or a range (RD8).
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static DateRange of(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }
}

package org.scrub837.rules;

import java.time.LocalDate;

import org.scrub837.model.DateRange;

/**
 * The dates of service a rule or a code applies to; either end may be open (null) where the date
 * is unknown or unbounded.
 */
public record EffectivePeriod(LocalDate from, LocalDate to) {

    public static final EffectivePeriod OPEN = new EffectivePeriod(null, null);

    public EffectivePeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("effectiveTo " + to + " is before effectiveFrom " + from);
        }
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    public boolean covers(LocalDate day) {
        if (day == null) {
            // Without a date we cannot place the service inside a bounded period.
            return isOpen();
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Judges a date of service by its from-date (see docs/rules.md, "Dates of service"). */
    public boolean covers(DateRange dateOfService) {
        return covers(dateOfService == null ? null : dateOfService.from());
    }

    @Override
    public String toString() {
        return (from == null ? "open" : from.toString()) + ".." + (to == null ? "open" : to.toString());
    }
}

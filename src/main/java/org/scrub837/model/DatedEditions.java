package org.scrub837.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The editions of one reference table (an NCCI PTP or MUE table, the ICD-10-CM or HCPCS code set),
 * each in force for a period of dates of service. A claim line is judged with the edition whose
 * period holds its date of service, so one file can use two editions (December and January lines).
 * A table configured by path in rules.yaml is one undated edition (no id, every date).
 *
 * @param <T> the loaded table
 */
public final class DatedEditions<T> {

    /**
     * One edition.
     *
     * @param id    the installed edition's id (e.g. {@code ncci-ptp-practitioner-2026q1}); null for a
     *              table configured by path in rules.yaml
     * @param from  first date of service it is in force for; null: every earlier date
     * @param to    last date of service it is in force for; null: open-ended
     */
    public record Edition<T>(String id, LocalDate from, LocalDate to, T table) {

        public boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }

        /** The id and period as people read them, e.g. {@code mue-practitioner-2026q1 (2026-01-01 to 2026-03-31)}. */
        public String label() {
            return (id == null ? "configured table" : id) + " (" + (from == null ? "any date" : from.toString())
                    + " to " + (to == null ? "open" : to.toString()) + ")";
        }
    }

    private final String kind;
    private final List<Edition<T>> editions;

    /** @param editions in any order; where two cover a date the one starting later is used */
    public DatedEditions(String kind, List<Edition<T>> editions) {
        this.kind = kind;
        List<Edition<T>> sorted = new ArrayList<>(editions);
        sorted.sort(Comparator.comparing(Edition::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        this.editions = List.copyOf(sorted);
    }

    public static <T> DatedEditions<T> none(String kind) {
        return new DatedEditions<>(kind, List.of());
    }

    /** A table configured by path: used for every date of service, without an edition id. */
    public static <T> DatedEditions<T> undated(String kind, T table) {
        return new DatedEditions<>(kind, List.of(new Edition<>(null, null, null, table)));
    }

    /** The reference kind, e.g. {@code ncci-ptp-practitioner}, for messages. */
    public String kind() {
        return kind;
    }

    public boolean isEmpty() {
        return editions.isEmpty();
    }

    /** Every edition, the earliest first. */
    public List<Edition<T>> all() {
        return editions;
    }

    /** The edition in force on a date of service: the latest-starting one whose period holds it. */
    public Optional<Edition<T>> on(LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        for (int i = editions.size() - 1; i >= 0; i--) {
            if (editions.get(i).covers(date)) {
                return Optional.of(editions.get(i));
            }
        }
        return Optional.empty();
    }

    /** The plain warning a rule gives a claim when no edition covers a date of service. */
    public String uncovered(String what, LocalDate date) {
        StringBuilder installed = new StringBuilder();
        for (Edition<T> e : editions) {
            installed.append(installed.length() == 0 ? "" : ", ").append(e.label());
        }
        return "No " + what + " edition (" + kind + ") covers the date of service " + date + ", so this check was "
                + "not made for it; installed: " + installed + ". Install the edition in force on that date "
                + "(scrub837 data install " + kind + " FILE).";
    }
}

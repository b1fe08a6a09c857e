package org.scrub837.refdata;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One installed edition, as its manifest ({@code edition.json} in its folder) records it.
 *
 * @param id             e.g. {@code ncci-ptp-practitioner-2026q1}
 * @param kind           its kind
 * @param effectiveFrom  first date of service it is in force for
 * @param effectiveTo    last date of service it is in force for; null when open-ended
 * @param source         where it came from: the URL fetched, or the file's path as given
 * @param fileName       the file as stored in the edition's folder (the publisher's name)
 * @param sha256         SHA-256 of the stored file, hex
 * @param bytes          size of the stored file
 * @param rows           table rows read from it (edits, codes)
 * @param installedAt    when it was installed
 */
public record Edition(String id, ReferenceKind kind, LocalDate effectiveFrom, LocalDate effectiveTo, String source,
        String fileName, String sha256, long bytes, int rows, Instant installedAt) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The period as people read it, e.g. {@code 2026-01-01 to 2026-03-31}. */
    public String period() {
        return effectiveFrom + " to " + (effectiveTo == null ? "open" : effectiveTo.toString());
    }
}

package org.scrub837.rules.pack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.Delimiters;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * Elements of the segments a claim carries above its lines (BHT, the billing provider's N4), read
 * with the interchange's own delimiters. Rules that need a header field the reader does not type
 * read it here, in one place.
 */
final class SegmentFields {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private SegmentFields() {
    }

    /** Element {@code index} (1-based) of a segment, or null when absent or empty. */
    static String element(Segment segment, int index, Delimiters delimiters) {
        String text = segment.text();
        char sep = delimiters.element();
        int start = 0;
        for (int i = 0; i < index; i++) {
            int next = text.indexOf(sep, start);
            if (next < 0) {
                return null;
            }
            start = next + 1;
        }
        int end = text.indexOf(sep, start);
        String value = end < 0 ? text.substring(start) : text.substring(start, end);
        return value.isEmpty() ? null : value;
    }

    /** BHT04, the date the transaction was created, or null when absent or not a date. */
    static LocalDate transactionDate(Claim claim) {
        for (Segment s : claim.transaction().headerSegments()) {
            if ("BHT".equals(s.tag())) {
                String value = element(s, 4, delimiters(claim));
                if (value == null || value.length() != 8) {
                    return null;
                }
                try {
                    return LocalDate.parse(value, CCYYMMDD);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** BHT04's segment position, or the claim's CLM when there is no BHT. */
    static int transactionDatePosition(Claim claim) {
        for (Segment s : claim.transaction().headerSegments()) {
            if ("BHT".equals(s.tag())) {
                return s.position();
            }
        }
        return claim.position();
    }

    /** The billing provider's state (2010AA N402), or null. */
    static String billingProviderState(Claim claim) {
        HierarchyLevel provider = claim.billingProvider();
        if (provider == null) {
            return null;
        }
        List<Segment> segments = provider.segments();
        boolean inBillingProvider = false;
        for (Segment s : segments) {
            if ("NM1".equals(s.tag())) {
                // 2010AA starts at NM1*85; 2010AB pay-to (NM1*87) and others follow it
                inBillingProvider = "85".equals(element(s, 1, delimiters(claim)));
            } else if ("N4".equals(s.tag()) && inBillingProvider) {
                return element(s, 2, delimiters(claim));
            }
        }
        return null;
    }

    static Delimiters delimiters(Claim claim) {
        return claim.transaction().interchange().delimiters();
    }
}

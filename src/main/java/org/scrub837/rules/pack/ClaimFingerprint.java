package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.DateRange;
import org.scrub837.model.Delimiters;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;

/**
 * A 64-bit hash of what makes two claims the same service billed twice: billing provider (2010AA
 * NM109), patient (subscriber member id, patient name when a 2000C is sent, birth date), payer and
 * responsibility (a claim to a secondary payer is not a duplicate), claim frequency (a replacement is
 * not a duplicate of its original), total charge, and each line's procedure code, modifiers, dates,
 * units and charge (in any order). Only the hash is kept, never the data.
 */
final class ClaimFingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private ClaimFingerprint() {
    }

    static long of(Claim claim) {
        Delimiters d = SegmentFields.delimiters(claim);
        Fnv text = new Fnv();
        add(text, claim.claimType().name());
        add(text, nm1Element(claim.billingProvider(), "85", 9, d));
        add(text, nm1Element(claim.subscriber(), "IL", 9, d));
        add(text, nm1Element(claim.patient(), "QC", 3, d));
        add(text, nm1Element(claim.patient(), "QC", 4, d));
        String birth = dmgBirthDate(claim.patient(), d);
        add(text, birth != null ? birth : dmgBirthDate(claim.subscriber(), d));
        add(text, claim.payer() == null ? null : claim.payer().id());
        add(text, claim.payer() == null ? null : claim.payer().responsibility());
        add(text, claim.frequencyCode());
        add(text, amount(claim.totalCharge(), claim.totalChargeText()));
        List<ServiceLine> serviceLines = claim.lines();
        String[] lines = new String[serviceLines.size()];
        for (int i = 0; i < lines.length; i++) {
            ServiceLine line = serviceLines.get(i);
            DateRange dos = claim.dateOfService(line);
            lines[i] = line.procedureCode() + "|" + String.join(":", line.modifiers()) + "|" + dos + "|"
                    + amount(line.quantity(), line.quantityText()) + "|" + amount(line.charge(), line.chargeText());
        }
        sort(lines);
        for (String l : lines) {
            add(text, l);
        }
        return text.finish();
    }

    /**
     * Sorts a claim's line texts (a handful) by insertion, into the order {@code List.sort} gives.
     * List.sort's TimSort, inlined here by the JIT, was compiled for the claims seen first and
     * compiled again when a claim with more lines came: about a second of compiler time per run.
     */
    private static void sort(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int j = i;
            while (j > 0 && lines[j - 1].compareTo(line) > 0) {
                lines[j] = lines[j - 1];
                j--;
            }
            lines[j] = line;
        }
    }

    /**
     * A 64-bit hash of the beneficiary (subscriber member id, patient name when a 2000C is sent,
     * birth date) and the billing provider (2010AA NM109): who an MUE date-of-service edit sums
     * units for. Only the hash is kept, never the data.
     */
    static long beneficiaryAndProvider(Claim claim) {
        Delimiters d = SegmentFields.delimiters(claim);
        Fnv text = new Fnv();
        add(text, claim.claimType().name());
        add(text, nm1Element(claim.billingProvider(), "85", 9, d));
        add(text, nm1Element(claim.subscriber(), "IL", 9, d));
        add(text, nm1Element(claim.patient(), "QC", 3, d));
        add(text, nm1Element(claim.patient(), "QC", 4, d));
        String birth = dmgBirthDate(claim.patient(), d);
        add(text, birth != null ? birth : dmgBirthDate(claim.subscriber(), d));
        return text.finish();
    }

    private static void add(Fnv text, String value) {
        if (value != null) {
            text.add(value);
        }
        text.add('\u0000');
    }

    private static String amount(BigDecimal value, String asSent) {
        return value != null ? value.stripTrailingZeros().toPlainString() : asSent;
    }

    private static String nm1Element(HierarchyLevel level, String entity, int index, Delimiters d) {
        if (level == null) {
            return null;
        }
        for (Segment s : level.segments()) {
            if ("NM1".equals(s.tag()) && entity.equals(SegmentFields.element(s, 1, d))) {
                return SegmentFields.element(s, index, d);
            }
        }
        return null;
    }

    private static String dmgBirthDate(HierarchyLevel level, Delimiters d) {
        if (level == null) {
            return null;
        }
        for (Segment s : level.segments()) {
            if ("DMG".equals(s.tag())) {
                return SegmentFields.element(s, 2, d);
            }
        }
        return null;
    }

    /**
     * FNV-1a over the characters of the values, each followed by a NUL, then a 64-bit finaliser so
     * that similar texts spread apart. The values are hashed as they come rather than joined into
     * one text first: the same characters in the same order, so the same hash, without copying
     * each claim's text into a builder and reading it back one checked character at a time.
     */
    private static final class Fnv {
        private long h = FNV_OFFSET;

        void add(String value) {
            for (int i = 0; i < value.length(); i++) {
                add(value.charAt(i));
            }
        }

        void add(char c) {
            h = (h ^ (c & 0xff)) * FNV_PRIME;
            h = (h ^ (c >>> 8)) * FNV_PRIME;
        }

        long finish() {
            long x = h;
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            x *= 0xc4ceb9fe1a85ec53L;
            x ^= x >>> 33;
            return x;
        }
    }
}

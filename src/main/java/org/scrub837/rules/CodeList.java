package org.scrub837.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.scrub837.model.ClaimType;

/**
 * A named list of procedure codes from the configuration, each group of codes with the dates of
 * service it is valid for and, optionally, the claim types it is used on (e.g. C-codes only on
 * 837I).
 */
public final class CodeList {

    /** One group of codes sharing a period and claim types; empty claim types means both. */
    public record Entry(Set<String> codes, EffectivePeriod period, Set<ClaimType> claimTypes) {

        public Entry {
            codes = Set.copyOf(codes);
            claimTypes = Set.copyOf(claimTypes);
        }

        boolean matches(String code, LocalDate dateOfService, ClaimType type) {
            return codes.contains(code) && period.covers(dateOfService)
                    && (claimTypes.isEmpty() || claimTypes.contains(type));
        }
    }

    private final String name;
    private final List<Entry> entries;
    /** The entries naming each code, so that a look-up probes one map instead of every entry's set. */
    private final Map<String, List<Entry>> entriesByCode;

    public CodeList(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> byCode = new HashMap<>();
        for (Entry e : this.entries) {
            for (String code : e.codes()) {
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(e);
            }
        }
        byCode.replaceAll((code, list) -> List.copyOf(list));
        this.entriesByCode = Map.copyOf(byCode);
    }

    public String name() {
        return name;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether the code is on this list for a service on that date (by from-date) on that claim type. */
    public boolean contains(String code, LocalDate dateOfService, ClaimType type) {
        if (code == null) {
            return false;
        }
        List<Entry> naming = entriesByCode.get(code);
        if (naming == null) {
            return false;
        }
        for (Entry e : naming) {
            if (e.matches(code, dateOfService, type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the code is on this list at all, whatever the date. */
    public boolean mentions(String code) {
        for (Entry e : entries) {
            if (e.codes().contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** The codes valid on that date and claim type, written compactly for messages ("15271-15278"). */
    public String describe(LocalDate dateOfService, ClaimType type) {
        Set<String> valid = new TreeSet<>();
        for (Entry e : entries) {
            if (e.period().covers(dateOfService) && (e.claimTypes().isEmpty() || e.claimTypes().contains(type))) {
                valid.addAll(e.codes());
            }
        }
        return compact(valid);
    }

    /** Joins sorted codes, folding runs such as 15271, 15272 ... 15278 into "15271-15278". */
    static String compact(Set<String> sortedCodes) {
        List<String> parts = new ArrayList<>();
        String runStart = null;
        String previous = null;
        for (String code : sortedCodes) {
            if (previous != null && follows(previous, code)) {
                previous = code;
                continue;
            }
            if (runStart != null) {
                parts.add(runStart.equals(previous) ? runStart : runStart + "-" + previous);
            }
            runStart = code;
            previous = code;
        }
        if (runStart != null) {
            parts.add(runStart.equals(previous) ? runStart : runStart + "-" + previous);
        }
        return parts.isEmpty() ? "(none)" : String.join(", ", parts);
    }

    private static boolean follows(String previous, String code) {
        if (previous.length() != code.length() || code.isEmpty()) {
            return false;
        }
        int split = code.length();
        while (split > 0 && Character.isDigit(code.charAt(split - 1))) {
            split--;
        }
        if (split == code.length() || !code.substring(0, split).equals(previous.substring(0, split))) {
            return false;
        }
        String a = previous.substring(split);
        String b = code.substring(split);
        if (!a.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Long.parseLong(b) == Long.parseLong(a) + 1;
    }
}

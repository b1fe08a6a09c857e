package org.scrub837.rules;

import java.util.Map;
import java.util.Optional;

/**
 * The reference data of the configuration, by name: code lists, code maps and the MUE tables the
 * user configured (MUE and NCCI PTP). Rules refer to them by name in their parameters, so code values live in
 * config/ and never in Java.
 */
public record CodeCatalog(Map<String, CodeList> lists, Map<String, Map<String, String>> maps,
        Map<String, MueTable> mueTables, Map<String, PtpTable> ptpTables) {

    public CodeCatalog {
        lists = Map.copyOf(lists);
        maps = Map.copyOf(maps);
        mueTables = Map.copyOf(mueTables);
        ptpTables = Map.copyOf(ptpTables);
    }

    /** A catalogue without NCCI PTP tables. */
    public CodeCatalog(Map<String, CodeList> lists, Map<String, Map<String, String>> maps,
            Map<String, MueTable> mueTables) {
        this(lists, maps, mueTables, Map.of());
    }

    /** The NCCI PTP table loaded under that name, or empty when none is configured. */
    public Optional<PtpTable> ptpTable(String name) {
        return Optional.ofNullable(ptpTables.get(name));
    }

    public Optional<CodeList> list(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    public Optional<Map<String, String>> map(String name) {
        return Optional.ofNullable(maps.get(name));
    }

    /** The MUE table loaded under that name, or empty when none is configured. */
    public Optional<MueTable> mueTable(String name) {
        return Optional.ofNullable(mueTables.get(name));
    }
}

package org.scrub837.rules;

import java.util.Map;
import java.util.Optional;

import org.scrub837.model.DatedEditions;

/**
 * The reference data of the configuration, by name: code lists, code maps and the MUE and NCCI PTP
 * tables, either configured by path in rules.yaml (one undated table) or installed as dated
 * editions ({@code scrub837 data install}, under the table name its kind fills). Rules refer to
 * them by name in their parameters, so code values live in config/ and never in Java.
 */
public record CodeCatalog(Map<String, CodeList> lists, Map<String, Map<String, String>> maps,
        Map<String, MueTable> mueTables, Map<String, PtpTable> ptpTables,
        Map<String, DatedEditions<MueTable>> mueEditions, Map<String, DatedEditions<PtpTable>> ptpEditions) {

    public CodeCatalog {
        lists = Map.copyOf(lists);
        maps = Map.copyOf(maps);
        mueTables = Map.copyOf(mueTables);
        ptpTables = Map.copyOf(ptpTables);
        mueEditions = Map.copyOf(mueEditions);
        ptpEditions = Map.copyOf(ptpEditions);
        for (String name : mueEditions.keySet()) {
            if (mueTables.containsKey(name)) {
                throw new IllegalArgumentException("MUE table '" + name + "' is both configured by path in rules.yaml "
                        + "(mueTables." + name + ") and installed as editions of " + mueEditions.get(name).kind()
                        + ": set mueTables." + name + " to null, or remove the editions");
            }
        }
        for (String name : ptpEditions.keySet()) {
            if (ptpTables.containsKey(name)) {
                throw new IllegalArgumentException("NCCI PTP table '" + name + "' is both configured by path in "
                        + "rules.yaml (ptpTables." + name + ") and installed as editions of "
                        + ptpEditions.get(name).kind() + ": set ptpTables." + name + " to [], or remove the editions");
            }
        }
    }

    /** A catalogue without installed editions. */
    public CodeCatalog(Map<String, CodeList> lists, Map<String, Map<String, String>> maps,
            Map<String, MueTable> mueTables, Map<String, PtpTable> ptpTables) {
        this(lists, maps, mueTables, ptpTables, Map.of(), Map.of());
    }

    /** A catalogue without NCCI PTP tables. */
    public CodeCatalog(Map<String, CodeList> lists, Map<String, Map<String, String>> maps,
            Map<String, MueTable> mueTables) {
        this(lists, maps, mueTables, Map.of());
    }

    /** The NCCI PTP table configured by path under that name, or empty when none is configured. */
    public Optional<PtpTable> ptpTable(String name) {
        return Optional.ofNullable(ptpTables.get(name));
    }

    /**
     * The NCCI PTP editions under that name: the installed ones, else the table configured by path as
     * one undated edition, else none.
     */
    public DatedEditions<PtpTable> ptpEditions(String name) {
        DatedEditions<PtpTable> installed = ptpEditions.get(name);
        if (installed != null) {
            return installed;
        }
        PtpTable table = ptpTables.get(name);
        return table == null ? DatedEditions.none(name) : DatedEditions.undated(name, table);
    }

    public Optional<CodeList> list(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    public Optional<Map<String, String>> map(String name) {
        return Optional.ofNullable(maps.get(name));
    }

    /** The MUE table configured by path under that name, or empty when none is configured. */
    public Optional<MueTable> mueTable(String name) {
        return Optional.ofNullable(mueTables.get(name));
    }

    /** The MUE editions under that name: installed, else the configured table undated, else none. */
    public DatedEditions<MueTable> mueEditions(String name) {
        DatedEditions<MueTable> installed = mueEditions.get(name);
        if (installed != null) {
            return installed;
        }
        MueTable table = mueTables.get(name);
        return table == null ? DatedEditions.none(name) : DatedEditions.undated(name, table);
    }
}

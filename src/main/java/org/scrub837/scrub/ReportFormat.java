package org.scrub837.scrub;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The reports a scrub can write beside the 837 outputs, by file suffix. */
public enum ReportFormat {
    /** B.report.json: the machine-readable report (always written). */
    JSON(".report.json"),
    /** B.summary.txt: a plain-text summary a person can read. */
    TXT(".summary.txt"),
    /** B.report.html: a self-contained page for billers. */
    HTML(".report.html"),
    /** B.999: implementation acknowledgment (syntax). */
    ACK999(".999"),
    /** B.277ca: claim acknowledgment (business rules). */
    ACK277CA(".277ca");

    private final String suffix;

    ReportFormat(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    /** Parses a comma-separated list such as {@code json,txt,999}; json is always added. */
    public static Set<ReportFormat> parseList(String list) {
        Set<ReportFormat> set = EnumSet.of(JSON);
        for (String raw : list.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            set.add(parse(name));
        }
        return set;
    }

    public static ReportFormat parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "json": return JSON;
            case "txt": case "text": return TXT;
            case "html": return HTML;
            case "999": return ACK999;
            case "277ca": case "277": return ACK277CA;
            default:
                throw new IllegalArgumentException("unknown report format '" + name
                        + "'; known: json, txt, html, 999, 277ca");
        }
    }
}

package org.scrub837.model;

import java.util.Locale;

/** What a finding does to its claim. */
public enum Severity {
    /** The claim is rejected: it goes to the rejected file and the 277CA. */
    REJECT,
    /** Reported only; never rejects. */
    WARN;

    /** The lower-case name used in reports and configuration. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}

package org.scrub837.responses;

import java.util.List;
import java.util.Set;

/** What one response file says: its kinds (a 999 may come with a TA1 before it) and its items in file order. */
public record ResponseFile(Set<ResponseKind> kinds, List<ResponseItem> items) {

    /** The kinds as people read them, in a fixed order: "TA1,999". */
    public String kindLabels() {
        StringBuilder b = new StringBuilder();
        for (ResponseKind k : ResponseKind.values()) {
            if (kinds.contains(k)) {
                b.append(b.length() == 0 ? "" : ",").append(k.label());
            }
        }
        return b.toString();
    }
}

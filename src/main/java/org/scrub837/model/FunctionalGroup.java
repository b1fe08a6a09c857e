package org.scrub837.model;

import java.util.List;

/**
 * A GS/GE functional group.
 *
 * @param gs        the GS segment as read
 * @param elements  GS01..GS08, index 0 = GS01
 * @param ordinal   1 for the first group in its interchange
 */
public record FunctionalGroup(Interchange interchange, Segment gs, List<String> elements, int ordinal) {

    public String functionalId() {
        return elements.get(0);
    }

    public String controlNumber() {
        return elements.size() > 5 ? elements.get(5) : "";
    }

    public String version() {
        return elements.size() > 7 ? elements.get(7) : "";
    }
}

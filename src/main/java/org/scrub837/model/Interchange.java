package org.scrub837.model;

import java.util.List;

/**
 * An ISA/IEA interchange envelope.
 *
 * @param isa          the ISA segment as read
 * @param elements     ISA01..ISA16, index 0 = ISA01
 * @param delimiters   the delimiters it declares
 * @param ordinal      1 for the first interchange in the file
 */
public record Interchange(Segment isa, List<String> elements, Delimiters delimiters, int ordinal) {

    public String controlNumber() {
        return elements.get(12);
    }

    /** ISA06, the interchange sender id, without its padding. */
    public String senderId() {
        return elements.get(5).trim();
    }

    public String version() {
        return elements.get(11);
    }
}

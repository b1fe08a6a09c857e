package org.scrub837.model;

import java.io.Serializable;
import java.util.List;

/**
 * An ISA/IEA interchange envelope.
 *
 * @param isa          the ISA segment as read
 * @param elements     ISA01..ISA16, index 0 = ISA01
 * @param delimiters   the delimiters it declares
 * @param ordinal      1 for the first interchange in the file
 */
public record Interchange(Segment isa, List<String> elements, Delimiters delimiters, int ordinal)
        implements Serializable {

    public String controlNumber() {
        return elements.get(12);
    }

    public String version() {
        return elements.get(11);
    }

    public String usageIndicator() {
        return elements.get(14);
    }

    public String senderId() {
        return elements.get(5).trim();
    }

    public String receiverId() {
        return elements.get(7).trim();
    }
}

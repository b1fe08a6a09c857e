package org.scrub837.model;

/**
 * The delimiters an interchange declares in its ISA segment.
 *
 * @param element           element separator (ISA character 4)
 * @param component         component (sub-element) separator (ISA16)
 * @param repetition        repetition separator (ISA11 in 5010), or {@code 0} when none is declared
 * @param segment           segment terminator
 * @param segmentSuffix     line break written after each terminator, as found in the input ("", "\n" or "\r\n")
 */
public record Delimiters(char element, char component, char repetition, char segment, String segmentSuffix) {

    /** The delimiters most 837 senders use: {@code * : ^ ~} and a line break after each segment. */
    public static final Delimiters DEFAULT = new Delimiters('*', ':', '^', '~', "\n");
}

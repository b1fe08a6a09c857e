package org.scrub837.model;

/**
 * One segment as read: its tag, its text (tag and elements joined with the interchange's own
 * delimiters, without the terminator) and where it stood.
 *
 * @param tag      segment identifier, e.g. {@code CLM}
 * @param text     the segment as it was sent, without the segment terminator
 * @param position position within the transaction set, ST = 1; for ISA, GS, GE and IEA the
 *                 position within the file, ISA = 1
 */
public record Segment(String tag, String text, int position) {
}

package org.scrub837.scrub.parallel;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the envelopes and transactions of an X12 file sit, as found by {@link TransactionSplitter}.
 * Segment ranges run from the first byte of the tag to the segment terminator inclusive.
 *
 * @param segmentSuffix what follows the first ISA's terminator ("", "\n", "\r\n" or "\r")
 * @param irregularity  null when the envelope segments are laid out regularly (no whitespace before
 *                      the first ISA, the same line break between all envelope segments, the same
 *                      delimiters in every ISA); else what was found, for a caller that must be sure
 *                      a piece reads like the same bytes inside the whole file
 */
public record FileLayout(List<InterchangePart> interchanges, String segmentSuffix, String irregularity) {

    /**
     * @param isa              the ISA segment
     * @param isaSegment       segment number of the ISA in the file, from 1
     * @param controlNumber    ISA13
     * @param element          element separator (ISA byte 3)
     * @param component        component separator (ISA byte 104)
     * @param terminator       segment terminator (ISA byte 105)
     * @param groups           the groups in file order
     * @param iea              the IEA segment
     * @param ieaText          the IEA segment without its terminator (null if unusually long)
     */
    public record InterchangePart(ByteRange isa, long isaSegment, String controlNumber, char element, char component,
            char terminator, List<GroupPart> groups, ByteRange iea, String ieaText) {
    }

    /**
     * @param gs             the GS segment
     * @param gsSegment      segment number of the GS in the file, from 1
     * @param controlNumber  GS06
     * @param transactions   the transactions in file order
     * @param ge             the GE segment
     * @param geText         the GE segment without its terminator (null if unusually long)
     */
    public record GroupPart(ByteRange gs, long gsSegment, String controlNumber, List<TransactionPart> transactions,
            ByteRange ge, String geText) {
    }

    /**
     * @param interchange   index of its interchange in the file, from 0
     * @param group         index of its group in the interchange, from 0
     * @param index         index of the transaction in its group, from 0
     * @param range         ST through SE, terminator included
     * @param controlNumber ST02
     * @param segmentCount  segments from ST to SE inclusive, as counted (what SE01 should say)
     */
    public record TransactionPart(int interchange, int group, int index, ByteRange range, String controlNumber,
            int segmentCount) {
    }

    /** Every transaction of the file in input order. */
    public List<TransactionPart> transactions() {
        List<TransactionPart> all = new ArrayList<>();
        for (InterchangePart interchange : interchanges) {
            for (GroupPart group : interchange.groups()) {
                all.addAll(group.transactions());
            }
        }
        return all;
    }

    public InterchangePart interchangeOf(TransactionPart transaction) {
        return interchanges.get(transaction.interchange());
    }

    public GroupPart groupOf(TransactionPart transaction) {
        return interchangeOf(transaction).groups().get(transaction.group());
    }
}

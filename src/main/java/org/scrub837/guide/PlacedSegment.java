package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * The seam between the walker and the {@link SegmentEdit}s: where the walker placed a segment (its
 * guide loop, its service line, its position, an element view over it) and what the part being
 * walked knows beyond the segment (the guide, the code sets, BHT04, the claim's statement period).
 * One per walker and reused for every segment, so placing a segment allocates nothing.
 */
final class PlacedSegment {

    private final ClaimType type;
    private final GuideCodeSets codes;
    private final SegmentEdit[] edits;
    /** The code set's places of service, packed once for the look-up in place. */
    private final GuideCodeList placesOfService;
    /** The code set's state and province codes, packed once, with the country of each (US or CA). */
    private final GuideCodeList states;
    private final String[] stateCountries;
    private int created = -1;
    private int statementFrom = -1;
    private int statementTo = -1;
    private String loop;
    private int line;
    private int position;
    private SegmentView view;

    PlacedSegment(ClaimType type, GuideCodeSets codes, SegmentEdit[] edits) {
        this.type = type;
        this.codes = codes;
        this.edits = edits;
        this.placesOfService = GuideCodeList.of(codes.placesOfService());
        this.states = GuideCodeList.of(codes.stateCountries().keySet());
        this.stateCountries = new String[states.codes().length];
        for (int i = 0; i < stateCountries.length; i++) {
            stateCountries[i] = codes.stateCountries().get(states.codes()[i]);
        }
    }

    /**
     * The country (US or CA) of the state or province code the view has selected, looked up in place;
     * null when the shipped list does not hold it.
     */
    String selectedStateCountry() {
        int known = states.indexOf(view);
        return known < 0 ? null : stateCountries[known];
    }

    /** The CMS place of service codes of {@link #codes()}, for {@link SegmentView#in(int, int, GuideCodeList)}. */
    GuideCodeList placesOfService() {
        return placesOfService;
    }

    /**
     * What the part about to be walked knows: BHT04 and, for a claim, its statement period (DTP*434),
     * each as CCYYMMDD or -1.
     */
    PlacedSegment part(int created, int statementFrom, int statementTo) {
        this.created = created;
        this.statementFrom = statementFrom;
        this.statementTo = statementTo;
        return this;
    }

    /** Called by the walker: the segment the view shows is placed in {@code loop}, at service line {@code line} (0: none). */
    void at(String loop, int line, int position, SegmentView view) {
        this.loop = loop;
        this.line = line;
        this.position = position;
        this.view = view;
    }

    /** The edits of this guide, in the order they run. */
    SegmentEdit[] edits() {
        return edits;
    }

    ClaimType type() {
        return type;
    }

    GuideCodeSets codes() {
        return codes;
    }

    /** BHT04 as CCYYMMDD, or -1 when it is not a real date. */
    int created() {
        return created;
    }

    /** The claim's statement period start (DTP*434) as CCYYMMDD, or -1 (none, or not a claim). */
    int statementFrom() {
        return statementFrom;
    }

    int statementTo() {
        return statementTo;
    }

    /** The guide loop id the walker placed the segment in, e.g. 2010AA, 2310B, 2420A. */
    String loop() {
        return loop;
    }

    /** LX01 of the service line the segment is in, or null above the lines (boxed only when a finding needs it). */
    Integer line() {
        return line == 0 ? null : line;
    }

    /** "2310B", or "2420A line 2" inside a service line: how the messages name where a segment is. */
    String where() {
        return line == 0 ? loop : loop + " line " + line;
    }

    int position() {
        return position;
    }

    /** The element view, pointed at the segment. */
    SegmentView view() {
        return view;
    }
}

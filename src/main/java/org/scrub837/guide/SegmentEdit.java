package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * A named check of one segment beside the generic walker, for the checks beyond the guide and the
 * situational notes that read a single segment in the loop the walker places it in (NPI check digit,
 * ZIP codes, ICD-10-CM shape, taxonomy shape, dates against BHT04 and the statement period, the
 * attachment control number, the operator's code files). The walker calls it as it
 * places each segment of {@link #tag()}, before it checks the segment's elements from the data, so
 * the named check's plainer message is the one kept when both see the same element. Each is a
 * small class of its own with a fixture and a mutant in {@code GuideMutationTest}.
 */
interface SegmentEdit {

    /** Whether the edit applies to claims of this guide. */
    boolean appliesTo(ClaimType type);

    /** The segment tag the edit reads; the walker does not call it for others. */
    String tag();

    /**
     * Whether the edit reads segments of {@code tag}: {@link #tag()} alone, unless an edit checks one
     * note across a few segments (a charge in CLM, SV1 and SV2).
     */
    default boolean reads(String tag) {
        return tag().equals(tag);
    }

    /** @param at the segment, its loop and line as the walker placed it; valid only during the call */
    void check(PlacedSegment at, GuideReport report);
}

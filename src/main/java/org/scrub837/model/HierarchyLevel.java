package org.scrub837.model;

import java.util.List;

/**
 * One HL level of the 837 hierarchy (2000A billing provider, 2000B subscriber, 2000C patient)
 * with its own segments, up to the next HL or CLM.
 *
 * @param hlId       HL01
 * @param parentId   HL02 (empty for the billing provider)
 * @param levelCode  HL03: 20 billing provider, 22 subscriber, 23 patient
 * @param childCode  HL04 as sent
 * @param segments   HL and the segments that follow it before the next HL or CLM
 */
public record HierarchyLevel(String hlId, String parentId, String levelCode, String childCode,
        List<Segment> segments) {

    public static final String BILLING_PROVIDER = "20";
    public static final String SUBSCRIBER = "22";
    public static final String PATIENT = "23";

    public int position() {
        return segments.get(0).position();
    }
}

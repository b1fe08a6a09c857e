package org.scrub837.model;

/**
 * A syntax or structure error found while reading: what a 999 reports.
 *
 * @param scope            where it sits, which tells the 999 segment that carries it
 * @param code             the X12 code: IK304 for {@link Scope#SEGMENT}, IK403 for {@link Scope#ELEMENT},
 *                         IK502 for {@link Scope#TRANSACTION}, AK905 for {@link Scope#GROUP},
 *                         TA105 for {@link Scope#INTERCHANGE}
 * @param segmentTag       the segment's identifier (IK301), or null
 * @param segmentPosition  position within the transaction, ST = 1 (IK302); 0 when outside a transaction
 * @param loopId           the loop the segment belongs to (IK303), or null
 * @param elementPosition  element position in the segment (IK401-1), or null
 * @param componentPosition component position in the composite (IK401-2), or null
 * @param elementReference data element reference number (IK402), or null
 * @param description      what is wrong, in words; never carries claim data
 */
public record SyntaxIssue(Scope scope, String code, String segmentTag, int segmentPosition, String loopId,
        Integer elementPosition, Integer componentPosition, String elementReference, String description) {

    public enum Scope { INTERCHANGE, GROUP, TRANSACTION, SEGMENT, ELEMENT }
}

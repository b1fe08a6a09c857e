package org.scrub837.read.internal;

import org.scrub837.model.SyntaxIssue.Scope;

import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

/** Turns StAEDI's validation events into pending syntax issues (without data values). */
final class ValidationIssues {

    private ValidationIssues() {
    }

    /** A SEGMENT_ERROR event: IK304 code, the segment's tag and its file position. */
    @SuppressWarnings("deprecation") // StAEDI marks some implementation errors deprecated; still mapped if sent
    static PendingIssue segmentError(EDIStreamReader reader, String loop) {
        EDIStreamValidationError error = reader.getErrorType();
        Location location = reader.getLocation();
        String reference = reader.getReferenceCode();
        String tag = reference != null && !reference.isEmpty() ? reference : location.getSegmentTag();
        boolean missing = error == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING
                || error == EDIStreamValidationError.CONDITIONAL_REQUIRED_SEGMENT_MISSING
                || error == EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING
                || error == EDIStreamValidationError.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE
                || error == EDIStreamValidationError.IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES;
        return new PendingIssue(Scope.SEGMENT, IssueCodes.segmentCode(error), tag, location.getSegmentPosition(),
                loop, null, null, null, IssueCodes.describe(error), missing);
    }

    /**
     * An ELEMENT_DATA_ERROR or ELEMENT_OCCURRENCE_ERROR event: IK403 code, element and component
     * position, data element reference. Null for envelope count and control reference errors, which
     * the reader checks itself per envelope (TrailerChecks).
     */
    static PendingIssue elementError(EDIStreamReader reader, String loop) {
        EDIStreamValidationError error = reader.getErrorType();
        if (IssueCodes.isControlError(error)) {
            return null;
        }
        Location location = reader.getLocation();
        int element = location.getElementPosition();
        int component = location.getComponentPosition();
        return new PendingIssue(Scope.ELEMENT, IssueCodes.elementCode(error), location.getSegmentTag(),
                location.getSegmentPosition(), loop, element > 0 ? element : null, component > 0 ? component : null,
                reader.getReferenceCode(), IssueCodes.describe(error), false);
    }
}

package org.scrub837.read.internal;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Maps StAEDI validation errors to the X12 999 code lists: IK304 (segment syntax error code) for
 * segment errors and IK403 (element syntax error code) for element errors. StAEDI names its errors
 * after these code lists but carries no code, so the mapping is by name. The two StAEDI errors
 * without an IK304 counterpart are mapped to the nearest code: a conditionally required segment
 * missing to 3 (required segment missing), a segment exclusion violation to 2 (unexpected segment).
 */
final class IssueCodes {

    private IssueCodes() {
    }

    /** Envelope count and control reference errors: the reader computes these itself, per envelope. */
    static boolean isControlError(EDIStreamValidationError error) {
        return error == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
                || error == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH;
    }

    /** IK304 code of a segment error. */
    static String segmentCode(EDIStreamValidationError error) {
        switch (error) {
            case UNRECOGNIZED_SEGMENT_ID:
                return "1";
            case UNEXPECTED_SEGMENT:
            case SEGMENT_EXCLUSION_CONDITION_VIOLATED:
                return "2";
            case MANDATORY_SEGMENT_MISSING:
            case CONDITIONAL_REQUIRED_SEGMENT_MISSING:
                return "3";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES:
                return "4";
            case SEGMENT_EXCEEDS_MAXIMUM_USE:
                return "5";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET:
                return "6";
            case SEGMENT_NOT_IN_PROPER_SEQUENCE:
                return "7";
            case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT:
                return "I4";
            case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING:
                return "I6";
            case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES:
                return "I7";
            case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE:
                return "I8";
            case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT:
                return "I9";
            default:
                return "8";
        }
    }

    /** IK403 code of an element error. */
    static String elementCode(EDIStreamValidationError error) {
        switch (error) {
            case REQUIRED_DATA_ELEMENT_MISSING:
                return "1";
            case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING:
                return "2";
            case TOO_MANY_DATA_ELEMENTS:
                return "3";
            case DATA_ELEMENT_TOO_SHORT:
                return "4";
            case DATA_ELEMENT_TOO_LONG:
                return "5";
            case INVALID_CHARACTER_DATA:
                return "6";
            case INVALID_CODE_VALUE:
                return "7";
            case INVALID_DATE:
                return "8";
            case INVALID_TIME:
                return "9";
            case EXCLUSION_CONDITION_VIOLATED:
                return "10";
            case TOO_MANY_REPETITIONS:
                return "12";
            case TOO_MANY_COMPONENTS:
                return "13";
            case IMPLEMENTATION_INVALID_CODE_VALUE:
                return "I6";
            case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING:
                return "I9";
            case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT:
                return "I10";
            case IMPLEMENTATION_TOO_FEW_REPETITIONS:
                return "I11";
            case IMPLEMENTATION_PATTERN_MATCH_FAILURE:
                return "I12";
            case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT:
                return "I13";
            default:
                return "6";
        }
    }

    /** The error in words, e.g. "segment not in proper sequence"; never carries data. */
    static String describe(EDIStreamValidationError error) {
        return error.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

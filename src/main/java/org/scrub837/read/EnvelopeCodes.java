package org.scrub837.read;

/** X12 acknowledgment codes for envelope trailer errors the reader reports itself. */
public final class EnvelopeCodes {

    /** IK502: transaction set trailer missing. */
    public static final String IK502_TRAILER_MISSING = "2";
    /** IK502: transaction set control number in header and trailer do not match. */
    public static final String IK502_CONTROL_NUMBER = "3";
    /** IK502: number of included segments does not match actual count. */
    public static final String IK502_SEGMENT_COUNT = "4";
    /** IK502: invalid transaction set implementation convention reference (ST03). */
    public static final String IK502_CONVENTION = "19";
    /** AK905: functional group trailer missing. */
    public static final String AK905_TRAILER_MISSING = "3";
    /** AK905: group control number in the functional group header and trailer do not agree. */
    public static final String AK905_CONTROL_NUMBER = "4";
    /** AK905: number of included transaction sets does not match actual count. */
    public static final String AK905_TRANSACTION_COUNT = "5";
    /** TA105: interchange control number in header and trailer do not match. */
    public static final String TA105_CONTROL_NUMBER = "001";
    /** TA105: invalid number of included groups value. */
    public static final String TA105_GROUP_COUNT = "021";
    /** TA105: premature end of file. */
    public static final String TA105_PREMATURE_END = "023";

    private EnvelopeCodes() {
    }
}

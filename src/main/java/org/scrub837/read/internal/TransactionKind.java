package org.scrub837.read.internal;

import org.scrub837.model.ClaimType;

/**
 * Tells which 837 a transaction is from ST01 and its implementation convention (ST03, else GS08),
 * or why it is not one the scrubber reads. X12 control values only, never claim data.
 */
final class TransactionKind {

    private static final String PROFESSIONAL = "005010X222";
    private static final String INSTITUTIONAL = "005010X223";

    private final ClaimType claimType;
    private final String convention;
    private final String problem;

    private TransactionKind(ClaimType claimType, String convention, String problem) {
        this.claimType = claimType;
        this.convention = convention;
        this.problem = problem;
    }

    /**
     * @param st01 transaction set identifier
     * @param st03 implementation convention reference, "" when not sent
     * @param gs08 the group's version / release / industry identifier code
     */
    static TransactionKind of(String st01, String st03, String gs08) {
        if (!"837".equals(st01)) {
            return failed("not an 837 (ST01 is " + shortValue(st01) + ")");
        }
        String convention = st03.isEmpty() ? gs08 : st03;
        String source = st03.isEmpty() ? "GS08" : "ST03";
        if (!convention.startsWith("005010")) {
            return failed("only 5010 is supported (" + source + " is " + shortValue(convention) + ")");
        }
        if (convention.startsWith(PROFESSIONAL)) {
            return new TransactionKind(ClaimType.PROFESSIONAL, convention, null);
        }
        if (convention.startsWith(INSTITUTIONAL)) {
            return new TransactionKind(ClaimType.INSTITUTIONAL, convention, null);
        }
        return failed("not an 837P or 837I (" + source + " is " + shortValue(convention)
                + "): expected 005010X222A1 (professional) or 005010X223A2 (institutional)");
    }

    /** Whether a group version names 4010 (GS08 004010X098A1 ...), which fails the file at GS. */
    static boolean is4010(String gs08) {
        return gs08.startsWith("004010");
    }

    private static TransactionKind failed(String problem) {
        return new TransactionKind(null, null, problem);
    }

    ClaimType claimType() {
        return claimType;
    }

    String convention() {
        return convention;
    }

    /** Why the transaction cannot be read, or null. */
    String problem() {
        return problem;
    }

    /** An envelope value for a message: control data, never claim data, but bounded and printable. */
    static String shortValue(String value) {
        String v = value.length() > 20 ? value.substring(0, 20) + "..." : value;
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return sb.toString();
    }
}

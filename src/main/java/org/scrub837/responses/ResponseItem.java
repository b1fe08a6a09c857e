package org.scrub837.responses;

import java.math.BigDecimal;

/**
 * One thing a response says about what we sent: a TA1 about an interchange, a 999 about a group
 * (AK1/AK9) or a transaction (AK2/IK5), a 277CA or 835 about a claim.
 *
 * @param interchangeControl ISA13 it answers (TA101; for a 999, the TA1 before it when there is one)
 * @param groupControl       GS06 it answers (999 AK102)
 * @param transactionControl ST02 it answers (999 AK202)
 * @param claimId            CLM01 (277CA TRN02 of 2200D, 835 CLP01)
 * @param charge             the claim's total charge as the payer quotes it (277CA STC04, 835 CLP03)
 * @param payerClaimControl  the payer's claim control number (277CA REF*1K, 835 CLP07)
 * @param codes              the payer's codes as sent, e.g. {@code A7:255:41} or {@code IK5 R:5}
 * @param paid               835 CLP04
 */
public record ResponseItem(ResponseKind kind, Level level, String interchangeControl, String groupControl,
        String transactionControl, String claimId, BigDecimal charge, String payerClaimControl, Verdict verdict,
        String codes, BigDecimal paid) {

    /** What the item answers. */
    public enum Level {
        INTERCHANGE, GROUP, TRANSACTION, CLAIM;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the payer decided. */
    public enum Verdict {
        /** Accepted by the front end (TA1 A/E, 999 A/E/P, 277CA A0/A1/A2/A5). */
        ACCEPTED,
        /** Rejected by the front end (TA1 R, 999 R/M/W/X, 277CA A3/A4/A6/A7/A8). */
        REJECTED,
        /** 835: processed with a payment (CLP02 1, 2, 3, 19, 20, 21). */
        PAID,
        /** 835: denied (CLP02 4). */
        DENIED,
        /** 835: a reversal of an earlier payment (CLP02 22). */
        REVERSED,
        /** Anything else (a pending 277CA category, CLP02 23 not our claim ...). */
        OTHER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Verdict ofLabel(String label) {
            return valueOf(label.toUpperCase(java.util.Locale.ROOT));
        }
    }
}

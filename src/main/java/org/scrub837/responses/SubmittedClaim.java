package org.scrub837.responses;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One claim of a clean 837 as forwarded: the output's envelope numbers (what a TA1 or 999 quotes
 * back) and the claim's own keys (what a 277CA or 835 quotes back). No patient data.
 *
 * @param frequency CLM05-3: 1 original, 7 replacement, 8 void
 * @param payerId   2010BB NM1*PR NM109
 */
public record SubmittedClaim(String senderId, String receiverId, String interchangeControl, String groupControl,
        String transactionControl, long ordinal, String claimId, String frequency, BigDecimal totalCharge,
        LocalDate serviceFrom, LocalDate serviceTo, String payerId) {
}

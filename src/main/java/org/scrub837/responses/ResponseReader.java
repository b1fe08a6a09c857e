package org.scrub837.responses;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.scrub837.responses.ResponseItem.Level;
import org.scrub837.responses.ResponseItem.Verdict;
import org.scrub837.responses.X12SegmentStream.Segment;

/**
 * Reads a response file as a stream (StAEDI, segment by segment): TA1 interchange acknowledgments,
 * 999 (005010X231A1, also after a TA1 in the same interchange), 277CA (005010X214) and 835
 * (005010X221A1). Anything else, an 837 or a 277 that is not a claim acknowledgment included, is
 * refused with the reason. Knows nothing of where the file came from or where it goes.
 *
 * <p>The transaction type is read from ST01 itself: StAEDI 1.26.0's getTransactionType() throws at
 * the second ST of a file.
 */
public final class ResponseReader {

    /** 277CA categories (code list 507) of a claim the front end took in. */
    private static final Set<String> ACCEPTED_CATEGORIES = Set.of("A0", "A1", "A2", "A5");
    /** 277CA categories of a claim the front end returned: unprocessable, not found, missing/invalid/relational. */
    private static final Set<String> REJECTED_CATEGORIES = Set.of("A3", "A4", "A6", "A7", "A8");
    /** 835 CLP02 claim statuses of a processed claim (primary, secondary, tertiary, forwarded). */
    private static final Set<String> PAID_STATUSES = Set.of("1", "2", "3", "19", "20", "21");

    private ResponseReader() {
    }

    public static ResponseFile read(InputStream in) throws IOException, InvalidResponseException {
        State state = new State();
        X12SegmentStream.read(in, state::segment);
        state.endClaim();
        if (state.kinds.isEmpty()) {
            throw new InvalidResponseException("an X12 interchange without a TA1, 999, 277CA or 835");
        }
        return new ResponseFile(Set.copyOf(state.kinds), List.copyOf(state.items));
    }

    /** What has been read so far; one per file. */
    private static final class State {
        final EnumSet<ResponseKind> kinds = EnumSet.noneOf(ResponseKind.class);
        final List<ResponseItem> items = new ArrayList<>();
        String gs08 = "";
        /** ST01 of the transaction being read ("" outside one). */
        String st01 = "";
        /** ISA13 named by a TA1 earlier in this file: the interchange a following 999 answers. */
        String ta1Interchange;

        // 999
        String ak1Group;
        String ak2Transaction;
        final List<String> ackErrors = new ArrayList<>();

        // 277CA and 835: the claim being read
        ResponseKind claimKind;
        String claimId;
        BigDecimal claimCharge;
        String payerClaimControl;
        Verdict claimVerdict;
        final List<String> claimCodes = new ArrayList<>();
        BigDecimal claimPaid;
        /** 277CA: HL level code of the current level (PT: the patient level, where claims are). */
        String hlLevel = "";

        void segment(Segment s) throws InvalidResponseException {
            switch (s.tag()) {
                case "TA1" -> ta1(s);
                case "GS" -> gs08 = s.element(8);
                case "ST" -> startTransaction(s);
                case "SE" -> {
                    endClaim();
                    st01 = "";
                }
                default -> {
                    switch (st01) {
                        case "999" -> ack999(s);
                        case "277" -> ack277(s);
                        case "835" -> remittance(s);
                        default -> {
                        }
                    }
                }
            }
        }

        void ta1(Segment s) {
            kinds.add(ResponseKind.TA1);
            ta1Interchange = s.element(1);
            String code = s.element(4);
            Verdict v = "R".equals(code) ? Verdict.REJECTED
                    : "A".equals(code) || "E".equals(code) ? Verdict.ACCEPTED : Verdict.OTHER;
            items.add(new ResponseItem(ResponseKind.TA1, Level.INTERCHANGE, s.element(1), null, null, null, null, null,
                    v, "TA1 " + code + ":" + s.element(5), null));
        }

        void startTransaction(Segment s) throws InvalidResponseException {
            st01 = s.element(1);
            String version = s.element(3).isEmpty() ? gs08 : s.element(3);
            switch (st01) {
                case "999" -> kinds.add(ResponseKind.ACK_999);
                case "277" -> {
                    if (!version.contains("X214")) {
                        throw new InvalidResponseException("a 277 that is not a claim acknowledgment (version "
                                + safe(version) + ", expected 005010X214)");
                    }
                    kinds.add(ResponseKind.CLAIM_ACK_277CA);
                }
                case "835" -> kinds.add(ResponseKind.REMITTANCE_835);
                default -> throw new InvalidResponseException("transaction set " + safe(st01)
                        + " is not a response (TA1, 999, 277CA or 835 expected)");
            }
            hlLevel = "";
        }

        void ack999(Segment s) {
            switch (s.tag()) {
                case "AK1" -> ak1Group = s.element(2);
                case "AK2" -> {
                    ak2Transaction = s.element(2);
                    ackErrors.clear();
                }
                case "IK3" -> ackErrors.add("IK3 " + s.element(1) + ":" + s.element(4));
                case "IK4" -> ackErrors.add("IK4 " + s.element(1).split(":", -1)[0] + ":" + s.element(3));
                case "IK5" -> {
                    String code = s.element(1);
                    StringBuilder codes = new StringBuilder("IK5 " + code);
                    for (int i = 2; i <= 6; i++) {
                        if (!s.element(i).isEmpty()) {
                            codes.append(":").append(s.element(i));
                        }
                    }
                    for (String e : ackErrors) {
                        codes.append("; ").append(e);
                    }
                    items.add(new ResponseItem(ResponseKind.ACK_999, Level.TRANSACTION, ta1Interchange, ak1Group,
                            ak2Transaction, null, null, null, ack999Verdict(code), codes.toString(), null));
                    ackErrors.clear();
                }
                case "AK9" -> {
                    String code = s.element(1);
                    StringBuilder codes = new StringBuilder("AK9 " + code);
                    for (int i = 5; i <= 9; i++) {
                        if (!s.element(i).isEmpty()) {
                            codes.append(":").append(s.element(i));
                        }
                    }
                    items.add(new ResponseItem(ResponseKind.ACK_999, Level.GROUP, ta1Interchange, ak1Group, null, null,
                            null, null, "P".equals(code) ? Verdict.ACCEPTED : ack999Verdict(code), codes.toString(),
                            null));
                }
                default -> {
                }
            }
        }

        static Verdict ack999Verdict(String code) {
            return switch (code) {
                case "A", "E" -> Verdict.ACCEPTED;
                case "R", "M", "W", "X" -> Verdict.REJECTED;
                default -> Verdict.OTHER;
            };
        }

        void ack277(Segment s) {
            switch (s.tag()) {
                case "HL" -> {
                    endClaim();
                    hlLevel = s.element(3);
                }
                case "TRN" -> {
                    // 2200D (patient level): TRN02 is the patient control number, CLM01
                    if ("PT".equals(hlLevel)) {
                        endClaim();
                        startClaim(ResponseKind.CLAIM_ACK_277CA, s.element(2));
                    }
                }
                case "STC" -> {
                    if (claimKind != null) {
                        stc(s);
                    }
                }
                case "REF" -> {
                    if (claimKind != null && "1K".equals(s.element(1))) {
                        payerClaimControl = s.element(2);
                    }
                }
                default -> {
                }
            }
        }

        void stc(Segment s) {
            if (claimCharge == null) {
                claimCharge = amount(s.element(4));
            }
            // STC01, and the further statuses STC10 and STC11, each category:status[:entity]
            for (int position : new int[] {1, 10, 11}) {
                String status = s.element(position);
                if (status.isEmpty()) {
                    continue;
                }
                claimCodes.add(status);
                String category = status.split(":", -1)[0];
                if (REJECTED_CATEGORIES.contains(category)) {
                    claimVerdict = Verdict.REJECTED;
                } else if (ACCEPTED_CATEGORIES.contains(category) && claimVerdict != Verdict.REJECTED) {
                    claimVerdict = Verdict.ACCEPTED;
                }
            }
        }

        void remittance(Segment s) {
            switch (s.tag()) {
                case "CLP" -> {
                    endClaim();
                    startClaim(ResponseKind.REMITTANCE_835, s.element(1));
                    String status = s.element(2);
                    claimVerdict = PAID_STATUSES.contains(status) ? Verdict.PAID
                            : "4".equals(status) ? Verdict.DENIED
                            : "22".equals(status) ? Verdict.REVERSED : Verdict.OTHER;
                    claimCodes.add("CLP02 " + status);
                    claimCharge = amount(s.element(3));
                    claimPaid = amount(s.element(4));
                    payerClaimControl = s.element(7).isEmpty() ? null : s.element(7);
                }
                case "CAS" -> {
                    if (claimKind != null) {
                        // group code, then reason codes at CAS02, 05, 08, 11, 14, 17
                        for (int i = 2; i <= 17; i += 3) {
                            if (!s.element(i).isEmpty()) {
                                claimCodes.add("CAS " + s.element(1) + ":" + s.element(i));
                            }
                        }
                    }
                }
                case "LX", "PLB" -> endClaim();
                default -> {
                }
            }
        }

        void startClaim(ResponseKind kind, String id) {
            claimKind = kind;
            claimId = id;
            claimCharge = null;
            payerClaimControl = null;
            claimVerdict = null;
            claimCodes.clear();
            claimPaid = null;
        }

        void endClaim() {
            if (claimKind == null) {
                return;
            }
            List<String> distinct = claimCodes.stream().distinct().toList();
            items.add(new ResponseItem(claimKind, Level.CLAIM, null, null, null, claimId, claimCharge,
                    payerClaimControl, claimVerdict == null ? Verdict.OTHER : claimVerdict, String.join(" ", distinct),
                    claimPaid));
            claimKind = null;
        }
    }

    static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A code from the file in a reason: only letters, digits and a few marks, at most 20 characters. */
    private static String safe(String code) {
        String kept = code.replaceAll("[^A-Za-z0-9._-]", "?");
        return kept.length() > 20 ? kept.substring(0, 20) + "..." : kept;
    }
}

package org.scrub837.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.DateRange;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;
import org.scrub837.model.Transaction;
import org.scrub837.rules.RuleSet;

/**
 * The key facts of one claim kept in the history: identifiers of the submission, the billing
 * provider, dates, charge, outcome, and two fingerprints. No names, member ids or dates of
 * birth are kept: they go into {@link #patientKey} only, which identifies the patient without
 * saying who it is, and cannot be recomputed from a guess without the secret.
 *
 * @param patientKey    HMAC-SHA-256 ({@link PatientKeys}, keyed with a secret from the environment) of
 *                      the subscriber's member id (2010BA NM109), the patient's date of
 *                      birth (DMG02 of 2010CA, else 2010BA) and, for a 2000C patient, the patient's
 *                      name (2010CA NM103/NM104)
 * @param duplicateKey  SHA-256 of the patient key, the billing provider, the claim type and each
 *                      line's dates of service, procedure, modifiers, charge and units (lines sorted,
 *                      so their order does not matter) and the claim's total charge: what a
 *                      duplicate claim repeats
 */
public record ClaimFacts(String claimId, String senderId, String interchangeControl, String groupControl,
        String transactionControl, long claimOrdinal, String billingProvider, LocalDate serviceFrom,
        LocalDate serviceTo, BigDecimal totalCharge, int lineCount, String patientKey, String duplicateKey,
        boolean accepted, List<String> rejectingRules, Map<String, BigDecimal> unitsByKey) {

    public ClaimFacts {
        unitsByKey = Map.copyOf(unitsByKey);
    }

    public static ClaimFacts of(ClaimResult result, PatientKeys keys) {
        return of(result, keys, List.of());
    }

    /**
     * With the units the across-claims MUE rules sum for the claim ({@link RuleSet#mueDateOfServiceUnits}),
     * each under {@link #unitsKey}: recorded for accepted claims (MueHistoryCheck).
     */
    public static ClaimFacts of(ClaimResult result, PatientKeys keys, List<RuleSet.MueDateUnits> units) {
        Claim claim = result.claim();
        Transaction tx = claim.transaction();
        char sep = tx.interchange().delimiters().element();
        String provider = element(find(claim.billingProvider(), "NM1", "85", sep), 9, sep);
        String patientKey = patientKey(claim, sep, keys);

        LocalDate from = null;
        LocalDate to = null;
        List<String> lineKeys = new ArrayList<>();
        for (ServiceLine line : claim.lines()) {
            DateRange dos = claim.dateOfService(line);
            if (dos != null) {
                from = from == null || dos.from().isBefore(from) ? dos.from() : from;
                to = to == null || dos.to().isAfter(to) ? dos.to() : to;
            }
            lineKeys.add((dos == null ? "" : dos.toString()) + "|" + nz(line.revenueCode()) + "|"
                    + nz(line.procedureQualifier()) + ":" + nz(line.procedureCode()) + "|"
                    + String.join(":", line.modifiers()) + "|" + number(line.charge(), line.chargeText()) + "|"
                    + nz(line.unitBasis()) + number(line.quantity(), line.quantityText()));
        }
        Collections.sort(lineKeys);
        String duplicateKey = sha256(patientKey + "\n" + provider + "\n" + claim.claimType() + "\n"
                + number(claim.totalCharge(), claim.totalChargeText()) + "\n" + String.join("\n", lineKeys));

        List<String> rejecting = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.rejects() && !rejecting.contains(f.ruleId())) {
                rejecting.add(f.ruleId());
            }
        }
        return new ClaimFacts(nz(claim.claimId()), tx.interchange().senderId(), tx.interchange().controlNumber(),
                tx.group().controlNumber(), nz(tx.controlNumber()), claim.ordinal(), provider, from, to,
                claim.totalCharge(), claim.lines().size(), patientKey, duplicateKey, !result.rejected(),
                List.copyOf(rejecting), unitsByKey(patientKey, provider, units));
    }

    private static Map<String, BigDecimal> unitsByKey(String patientKey, String provider,
            List<RuleSet.MueDateUnits> units) {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        for (RuleSet.MueDateUnits u : units) {
            out.merge(unitsKey(patientKey, provider, u.units().code(), u.units().day()), u.units().units(),
                    BigDecimal::add);
        }
        return out;
    }

    /** SHA-256 of patient key, billing provider, procedure code and date: whose units an MUE sums. */
    static String unitsKey(String patientKey, String provider, String code, LocalDate day) {
        return sha256("units\n" + patientKey + "\n" + provider + "\n" + code + "\n" + day);
    }

    private static String patientKey(Claim claim, char sep, PatientKeys keys) {
        String memberId = element(find(claim.subscriber(), "NM1", "IL", sep), 9, sep);
        String dob;
        String patientName = "";
        if (claim.patient() != null) {
            dob = element(find(claim.patient(), "DMG", null, sep), 2, sep);
            String nm1 = find(claim.patient(), "NM1", "QC", sep);
            patientName = element(nm1, 3, sep).toUpperCase() + "|" + element(nm1, 4, sep).toUpperCase();
        } else {
            dob = element(find(claim.subscriber(), "DMG", null, sep), 2, sep);
        }
        return keys.of("patient\n" + memberId + "\n" + dob + "\n" + patientName);
    }

    /** The first segment of a level with this tag (and first element, when given), or "". */
    private static String find(HierarchyLevel level, String tag, String first, char sep) {
        if (level == null) {
            return "";
        }
        for (Segment s : level.segments()) {
            if (s.tag().equals(tag) && (first == null || element(s.text(), 1, sep).equals(first))) {
                return s.text();
            }
        }
        return "";
    }

    /** Element n of a segment's text (0 = the tag), or "". */
    static String element(String text, int n, char sep) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            int next = text.indexOf(sep, start);
            if (next < 0) {
                return "";
            }
            start = next + 1;
        }
        int end = text.indexOf(sep, start);
        return (end < 0 ? text.substring(start) : text.substring(start, end)).trim();
    }

    /** A number in one spelling (10, 10.0 and 10.00 are the same charge); the text when it is not one. */
    private static String number(BigDecimal value, String text) {
        if (value != null) {
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }
        return nz(text);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

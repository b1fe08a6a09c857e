package org.scrub837.write;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which 277CA claim status (STC01: category code, claim status code) names the problem a rejecting
 * rule found. Category codes (code list 507): A6 rejected for missing information, A7 rejected for
 * invalid information, A8 rejected for relational field in error. Claim status codes (code list
 * 508) used here: 400 claim is out of balance, 453 procedure code modifier(s) for service(s)
 * rendered, 454 procedure code for services rendered, 476 missing or invalid units of service,
 * 481 claim/submission format is invalid, 54 duplicate of a previously processed claim/line, 21 missing or invalid information. The same table is in
 * docs/outputs.md; a rule id not listed gets {@link #FALLBACK}.
 */
public final class ClaimStatusCodes {

    /** STC01 of an accepted claim: acknowledgment/receipt, accepted for processing. */
    public static final Status ACCEPTED = new Status("A1", "20", "accepted for processing");

    /** For rule ids not in the table: rejected for invalid information, missing or invalid information. */
    public static final Status FALLBACK = new Status("A7", "21", "missing or invalid information");

    private static final Map<String, Status> BY_RULE = new LinkedHashMap<>();

    static {
        BY_RULE.put("Q4293-UNITS", new Status("A7", "476", "missing or invalid units of service"));
        BY_RULE.put("Q4293-UNIT-BASIS", new Status("A7", "476", "missing or invalid units of service"));
        BY_RULE.put("Q4293-PAIRING", new Status("A6", "454", "procedure code for services rendered (application code missing)"));
        BY_RULE.put("ADDON-BASE", new Status("A8", "454", "procedure code for services rendered (add-on without its base)"));
        BY_RULE.put("CLAIM-BALANCE", new Status("A8", "400", "claim is out of balance"));
        BY_RULE.put("JW-JZ-SAME-LINE", new Status("A8", "453", "procedure code modifiers (JW and JZ on one line)"));
        BY_RULE.put("JW-WITHOUT-ADMINISTERED", new Status("A8", "453", "procedure code modifiers (JW line without administered line)"));
        BY_RULE.put("MODIFIER-FORMAT", new Status("A7", "453", "procedure code modifiers"));
        BY_RULE.put("Q4293-JWJZ-EXPECTED", new Status("A7", "453", "procedure code modifiers"));
        BY_RULE.put("Q4293-NO-JWJZ-2026", new Status("A7", "453", "procedure code modifiers"));
        BY_RULE.put("X12-SYNTAX", new Status("A7", "481", "claim/submission format is invalid"));
        BY_RULE.put("CLAIM-DUPLICATE-HISTORY", new Status("A7", "54", "duplicate of a previously processed claim/line"));
    }

    private ClaimStatusCodes() {
    }

    /** The status for a rejecting finding of the given rule. */
    public static Status forRule(String ruleId) {
        return BY_RULE.getOrDefault(ruleId, FALLBACK);
    }

    /** The whole table, in documentation order. */
    public static Map<String, Status> table() {
        return java.util.Collections.unmodifiableMap(BY_RULE);
    }

    /**
     * @param category    STC01-1 claim status category code
     * @param code        STC01-2 claim status code
     * @param description what the pair says, for documentation
     */
    public record Status(String category, String code, String description) {
    }
}

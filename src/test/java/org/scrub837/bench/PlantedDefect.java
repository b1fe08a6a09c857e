package org.scrub837.bench;

/**
 * The defects the generator can plant in a claim, one per defective claim, each meant to trip
 * exactly one rule of the first rule pack.
 */
public enum PlantedDefect {
    /** Q4293 billed with a unit basis other than UN (MJ on 837P, DA on 837I). */
    Q4293_UNIT_BASIS("Q4293-UNIT-BASIS"),
    /** Q4293 quantity 0, fractional or missing (the three variants take turns). */
    Q4293_UNITS("Q4293-UNITS"),
    /** Q4293 on a claim with no 15271-15278 application line (an office visit instead). */
    Q4293_PAIRING("Q4293-PAIRING"),
    /** 15272 add-on (with its Q4293) without the 15271 base on the same date. */
    ADDON_BASE("ADDON-BASE"),
    /** CLM02 differs from the sum of the line charges. */
    CLAIM_BALANCE("CLAIM-BALANCE");

    private final String ruleId;

    PlantedDefect(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The id of the rule that must reject the claim. */
    public String ruleId() {
        return ruleId;
    }

    public static PlantedDefect ofRuleId(String ruleId) {
        for (PlantedDefect d : values()) {
            if (d.ruleId.equals(ruleId)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no planted defect for rule id " + ruleId);
    }
}

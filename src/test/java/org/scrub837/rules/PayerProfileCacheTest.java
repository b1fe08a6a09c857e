package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.testing.TestClaims;

/**
 * The profile a rule set remembers per payer is the one a fresh match gives, for payers of every
 * shipped profile, whether the payer comes back as the same object, as an equal one, or after
 * other payers.
 */
class PayerProfileCacheTest {

    /** Payers (SBR09, NM103, NM109) that select each shipped profile, and some that select none. */
    private static final String[][] PAYERS = {
        {"MB", "MEDICARE PART B", "00000"},
        {"MA", "CMS MEDICARE A", "00000"},
        {"CI", "AETNA", "00000"},
        {"CI", "Aetna Better Health", "11111"},
        {"BL", "ANY PLAN", "00000"},
        {"CI", "BLUE CROSS OF SOMEWHERE", "00000"},
        {"CI", "CIGNA HEALTHCARE", "00000"},
        {"CI", "UNITEDHEALTHCARE", "00000"},
        {"CI", "ACME HEALTH", "00000"},
        {"MB", "AETNA MEDICARE", "00000"},
        {"", "", ""},
    };

    @Test
    void rememberedProfileIsTheFreshMatchForEveryPayer() {
        RuleSet rules = ShippedRules.ruleSet();
        List<Claim> claims = new ArrayList<>();
        for (String[] p : PAYERS) {
            claims.add(claim(p));
        }
        List<String> profilesSeen = new ArrayList<>();
        // three passes: first look-up, then equal payers in new claims, then the same claims in turn
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < PAYERS.length; i++) {
                Claim c = pass == 1 ? claim(PAYERS[i]) : claims.get(i);
                String fresh = rules.matchProfile(c.payer());
                assertEquals(fresh, rules.profileFor(c), "payer " + i + ", pass " + pass);
                assertEquals(fresh, rules.profileFor(c), "payer " + i + " asked twice, pass " + pass);
                profilesSeen.add(fresh);
            }
        }
        // the cases cover every shipped profile, so no profile is checked by accident only
        assertEquals(profilesSeenOf(rules), profilesSeen.stream().distinct().sorted().toList());
    }

    @Test
    void claimWithoutPayerGetsTheFreshMatch() {
        RuleSet rules = ShippedRules.ruleSet();
        Claim noPayer = withoutPayer(claim(PAYERS[0]));
        assertEquals(PayerProfile.DEFAULT, rules.matchProfile(noPayer.payer()));
        assertEquals(rules.matchProfile(noPayer.payer()), rules.profileFor(noPayer));
    }

    private static List<String> profilesSeenOf(RuleSet rules) {
        return rules.profileNames().stream().sorted().toList();
    }

    private static Claim claim(String[] payer) {
        return TestClaims.professional().payer(payer[0], payer[1], payer[2]).line("15271", "1", "2025-06-02").build();
    }

    private static Claim withoutPayer(Claim c) {
        return new Claim(c.transaction(), c.billingProvider(), c.subscriber(), c.patient(), null, c.claimId(),
                c.totalChargeText(), c.totalCharge(), c.facilityCode(), c.frequencyCode(), c.diagnoses(), c.dates(),
                c.lines(), c.segments(), c.syntaxIssues(), c.ordinal());
    }
}

package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.ClaimResult;
import org.scrub837.testing.TestClaims;

class PayerProfileMatchTest {

    @Test
    void shippedProfilesAreLoaded() {
        assertEquals(java.util.List.of("aetna", "bcbs", "cigna", "default", "medicare", "uhc"),
                ShippedRules.ruleSet().profileNames());
    }

    @ParameterizedTest(name = "SBR09 {0}, payer {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "MB|MEDICARE PART B|00000|medicare",
        "MA|CMS MEDICARE A|00000|medicare",
        "CI|AETNA|00000|aetna",
        "CI|Aetna Better Health|00000|aetna",
        "BL|ANY PLAN|00000|bcbs",
        "CI|BLUE CROSS OF SOMEWHERE|00000|bcbs",
        "CI|CIGNA HEALTHCARE|00000|cigna",
        "CI|UNITEDHEALTHCARE|00000|uhc",
        "CI|ACME HEALTH|00000|default",
        "MB|AETNA MEDICARE|00000|aetna",
    })
    void profileIsChosenFromPayerNameIdAndFilingIndicator(String filing, String name, String id, String profile) {
        ClaimResult result = ShippedRules.evaluate(TestClaims.professional().payer(filing, name, id)
                .line("15271", "1", "2025-06-02").build());

        assertEquals(profile, result.payerProfile());
    }
}

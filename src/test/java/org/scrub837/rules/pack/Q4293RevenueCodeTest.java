package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class Q4293RevenueCodeTest {

    private static final String ID = "Q4293-REVENUE-CODE";

    @TempDir
    Path dir;

    private static Claim claim(String revenueCode) {
        return TestClaims.institutional()
                .line("C5271", "1", "2025-06-02")
                .line("Q4293").units("16").revenueCode(revenueCode).date("2025-06-02").done()
                .build();
    }

    @Test
    void shippedOffBecauseTheRevenueCodesAreNotVerified() {
        assertEquals(List.of(), ShippedRules.findings(claim("0001"), ID));
    }

    /** With a locally configured list (RC1, RC2 stand for the user's codes). */
    @ParameterizedTest(name = "revenue code {0} -> {1}")
    @CsvSource({"RC1, 0", "RC2, 0", "RC3, 1"})
    void revenueCodeOutsideConfiguredListWarns(String revenueCode, int expected) throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "revenueCodes: []", "revenueCodes: [RC1, RC2]");
        ShippedRules.edit(dir.resolve("rules.yaml"),
                "  Q4293-REVENUE-CODE:\n    description: On 837I, a product line's revenue code (SV201) is one of those "
                        + "configured.\n    # Off: the revenue codes payers expect for skin-substitute products are "
                        + "not verified in the\n    # project's notes. Fill in revenueCodes from your payer's "
                        + "instructions, then enable.\n    enabled: false",
                "  Q4293-REVENUE-CODE:\n    enabled: true");

        List<Finding> findings = RuleSet.load(dir).evaluate(claim(revenueCode)).findings().stream()
                .filter(f -> f.ruleId().equals(ID)).toList();

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertTrue(f.message().contains("revenue code " + revenueCode + " (SV201), not one configured for this "
                    + "product (RC1, RC2)"), f.message());
        }
    }
}

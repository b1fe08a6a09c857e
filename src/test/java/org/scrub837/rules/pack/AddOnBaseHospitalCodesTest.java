package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/** ADDON-BASE pairs the OPPS add-ons C5272/C5274/C5276/C5278 with C5271/C5273/C5275/C5277. */
class AddOnBaseHospitalCodesTest {

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({"C5272, '', 1", "C5272, C5271, 0", "C5274, C5273, 0", "C5276, C5271, 1", "C5278, C5277, 0",
        "C5278, 15277, 1"})
    void hospitalAddOnNeedsItsHospitalBase(String addOn, String base, int expected) {
        TestClaims t = TestClaims.institutional().diagnosis("L97412");
        if (!base.isEmpty()) {
            t.line(base, "1", "2025-06-02");
        }
        Claim claim = t.line(addOn, "1", "2025-06-02").line("Q4293", "16", "2025-06-02").build();

        assertEquals(expected, ShippedRules.findings(claim, "ADDON-BASE").size());
    }
}

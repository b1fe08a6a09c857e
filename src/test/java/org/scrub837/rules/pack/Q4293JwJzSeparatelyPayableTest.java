package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Issue #20 item 6: JW/JZ advice only where the product is separately payable. Medicare, provider in
 * PA (Novitas JL, "as for drugs"), Q4293 without JW/JZ on 2025-06-02: OPPS bills (12x, 13x, 14x)
 * packaged skin substitutes before 2026, so no advice; a critical access hospital bill (85x) and an
 * 837P get it.
 */
class Q4293JwJzSeparatelyPayableTest {

    @ParameterizedTest(name = "{0} facility {1} -> {2}")
    @CsvSource({"INSTITUTIONAL, 13, 0", "INSTITUTIONAL, 12, 0", "INSTITUTIONAL, 14, 0", "INSTITUTIONAL, 85, 1",
        "PROFESSIONAL, 11, 1", "PROFESSIONAL, 22, 1"})
    void adviceOnlyWhereSeparatelyPayable(ClaimType type, String facility, int expected) {
        Claim claim = TestClaims.of(type).facilityCode(facility).frequency("1").providerState("PA")
                .diagnosis("L97412").line("15275", "1", "2025-06-02").line("Q4293", "16", "2025-06-02").build();

        List<Finding> found = ShippedRules.findings(claim, "Q4293-JWJZ-EXPECTED");

        assertEquals(expected, found.size(), found.toString());
    }
}

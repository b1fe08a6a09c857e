package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Codes are compared as sent: a lower-case code is an invalid code (the implementation-guide check
 * IG-CODE rejects it), never silently taken for its upper-case twin by a Q4293 rule.
 */
class LowerCaseCodesTest {

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void lowerCaseProductIsNotQ4293(ClaimType type) {
        // "q4293" without an application code, in MJ: as Q4293 it would fail pairing and unit basis
        Claim claim = TestClaims.of(type).diagnosis("L97412")
                .line("q4293").units("16").unitBasis("MJ").date("2025-06-02").done()
                .build();

        List<String> fired = ShippedRules.evaluate(claim).findings().stream().map(f -> f.ruleId())
                .filter(id -> id.startsWith("Q4293-")).toList();

        assertEquals(List.of(), fired);
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void lowerCaseApplicationCodeDoesNotPairTheProduct(ClaimType type) {
        Claim claim = TestClaims.of(type).diagnosis("L97412")
                .line("c5275").date("2025-06-02").done()
                .line("Q4293", "16", "2025-06-02")
                .build();

        assertEquals(1, ShippedRules.findings(claim, "Q4293-PAIRING").size());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void lowerCaseWoundDiagnosisIsNoWound(ClaimType type) {
        Claim claim = TestClaims.of(type).diagnosis("l97412")
                .line("15275", "1", "2025-06-02").line("Q4293", "16", "2025-06-02").build();

        assertEquals(1, ShippedRules.findings(claim, "Q4293-WOUND-DX").size());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void lowerCaseWastageModifierIsNotJz(ClaimType type) {
        Claim claim = TestClaims.of(type).diagnosis("L97412")
                .line("15275", "1", "2025-06-02")
                .line("Q4293").units("16").modifiers("jz").date("2025-06-02").done()
                .line("Q4293").units("4").modifiers("JW").date("2025-06-02").done()
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, "JW-JZ-CONFLICT"));
        assertTrue(ShippedRules.findings(claim, "MODIFIER-FORMAT").size() == 1);
    }
}

package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class ModifierFormatTest {

    private static final String ID = "MODIFIER-FORMAT";

    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "RT", null),
                Arguments.of(type, "25", null),
                Arguments.of(type, "F1", null),
                Arguments.of(type, "00", "is not a modifier"),
                Arguments.of(type, "J", "is not two letters or digits"),
                Arguments.of(type, "JWZ", "is not two letters or digits"),
                Arguments.of(type, "rt", "is not two letters or digits"),
                Arguments.of(type, "J-", "is not two letters or digits")));
    }

    @ParameterizedTest(name = "{0} modifier {1} -> {2}")
    @MethodSource("cases")
    void modifierMustBeTwoLettersOrDigits(ClaimType type, String modifier, String problem) {
        Claim claim = TestClaims.of(type)
                .line("15271").modifiers(modifier).date("2025-06-02").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        if (problem == null) {
            assertEquals(List.of(), findings);
            return;
        }
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.REJECT, f.severity());
        assertEquals(1, f.line());
        assertEquals(claim.lines().get(0).servicePosition(), f.segmentPosition());
        assertTrue(f.message().startsWith("Modifier '" + modifier + "' on line 1 ("
                + (type == ClaimType.PROFESSIONAL ? "SV101" : "SV202") + "-3..6) " + problem), f.message());
    }
}

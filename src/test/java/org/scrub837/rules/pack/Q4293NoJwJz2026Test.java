package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class Q4293NoJwJz2026Test {

    private static final String ID = "Q4293-NO-JWJZ-2026";

    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "2025-12-31", "JZ", 0),
                Arguments.of(type, "2026-01-01", "JZ", 1),
                Arguments.of(type, "2026-01-01", "JW", 1),
                Arguments.of(type, "2026-01-01", "RT", 0)));
    }

    @ParameterizedTest(name = "{0} Medicare DOS {1} modifier {2} -> {3}")
    @MethodSource("cases")
    void wastageModifiersRejectFrom2026(ClaimType type, String date, String modifier, int expected) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", date)
                .line("Q4293", "16", date)
                .line("Q4293").units("4").modifiers(modifier).date(date).done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.REJECT, f.severity());
            assertEquals(3, f.line());
            assertTrue(f.message().contains("carries " + modifier + "; from 2026-01-01 Medicare pays this product "
                    + "as an incident-to supply"), f.message());
        }
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void otherPayersAreNotChecked(ClaimType type) {
        Claim claim = TestClaims.of(type).payer("CI", "ACME HEALTH", "55555")
                .line("15271", "1", "2026-01-05")
                .line("Q4293").units("16").modifiers("JZ").date("2026-01-05").done()
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }
}

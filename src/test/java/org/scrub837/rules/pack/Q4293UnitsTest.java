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

class Q4293UnitsTest {

    private static final String ID = "Q4293-UNITS";

    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "16", null),
                Arguments.of(type, "1", null),
                Arguments.of(type, "4.00", null),
                Arguments.of(type, null, "is missing"),
                Arguments.of(type, "", "is missing"),
                Arguments.of(type, "0", "is zero"),
                Arguments.of(type, "-3", "is negative"),
                Arguments.of(type, "2.5", "is fractional"),
                Arguments.of(type, "X", "is not a number")));
    }

    @ParameterizedTest(name = "{0} units {1} -> {2}")
    @MethodSource("cases")
    void unitsMustBeWholeAndPositive(ClaimType type, String units, String problem) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", "2025-06-02")
                .line("Q4293").units(units).date("2025-06-02").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        if (problem == null) {
            assertEquals(List.of(), findings);
            return;
        }
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.REJECT, f.severity());
        assertEquals(2, f.line());
        assertEquals(claim.lines().get(1).servicePosition(), f.segmentPosition());
        String element = type == ClaimType.PROFESSIONAL ? "SV104" : "SV205";
        assertTrue(f.message().contains(element + (units == null || units.isEmpty() ? "" : " '" + units + "'") + " "
                + problem), f.message());
        assertTrue(f.message().contains("whole number of square centimeters"), f.message());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void applicationCodesMayCarryAnyUnits(ClaimType type) {
        Claim claim = TestClaims.of(type).line("15271", "0", "2025-06-02").build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }
}

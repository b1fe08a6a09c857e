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

class AddOnBaseTest {

    private static final String ID = "ADDON-BASE";

    static Stream<Arguments> pairs() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "15272", "15271"),
                Arguments.of(type, "15274", "15273"),
                Arguments.of(type, "15276", "15275"),
                Arguments.of(type, "15278", "15277")));
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @MethodSource("pairs")
    void addOnWithBaseOnSameDatePasses(ClaimType type, String addOn, String base) {
        Claim claim = TestClaims.of(type)
                .line(base, "1", "2025-06-02")
                .line(addOn, "2", "2025-06-02")
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }

    @ParameterizedTest(name = "{0} {1} without {2}")
    @MethodSource("pairs")
    void addOnWithoutBaseRejects(ClaimType type, String addOn, String base) {
        Claim claim = TestClaims.of(type)
                .line(addOn, "2", "2025-06-02")
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.REJECT, f.severity());
        assertEquals(1, f.line());
        assertEquals(claim.lines().get(0).servicePosition(), f.segmentPosition());
        assertTrue(f.message().contains("Add-on code " + addOn), f.message());
        assertTrue(f.message().contains("Add " + base + " for 2025-06-02"), f.message());
    }

    @ParameterizedTest(name = "{0} {1} with {2} a day earlier")
    @MethodSource("pairs")
    void baseOnAnotherDateRejects(ClaimType type, String addOn, String base) {
        Claim claim = TestClaims.of(type)
                .line(base, "1", "2025-06-01")
                .line(addOn, "2", "2025-06-02")
                .build();

        assertEquals(1, ShippedRules.findings(claim, ID).size());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void wrongBaseDoesNotCount(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15273", "1", "2025-06-02")
                .line("15272", "1", "2025-06-02")
                .build();

        assertEquals(1, ShippedRules.findings(claim, ID).size());
    }
}

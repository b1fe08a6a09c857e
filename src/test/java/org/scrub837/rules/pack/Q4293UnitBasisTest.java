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

class Q4293UnitBasisTest {

    private static final String ID = "Q4293-UNIT-BASIS";

    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "UN", 0),
                Arguments.of(type, "MJ", 1),
                Arguments.of(type, "DA", 1),
                Arguments.of(type, null, 1)));
    }

    @ParameterizedTest(name = "{0} unit basis {1} -> {2} finding(s)")
    @MethodSource("cases")
    void unitBasisOtherThanUnRejects(ClaimType type, String basis, int expected) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", "2025-06-02")
                .line("Q4293").units("16").unitBasis(basis).date("2025-06-02").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.REJECT, f.severity());
            assertEquals(2, f.line());
            assertEquals(claim.lines().get(1).servicePosition(), f.segmentPosition());
            String element = type == ClaimType.PROFESSIONAL ? "SV103" : "SV204";
            assertTrue(f.message().contains(element), f.message());
            assertTrue(f.message().contains("Set " + element + " to UN"), f.message());
        }
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void otherCodesAreNotChecked(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15271").unitBasis("MJ").date("2025-06-02").done()
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }
}

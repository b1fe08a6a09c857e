package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class ClaimBalanceTest {

    private static final String ID = "CLAIM-BALANCE";

    static Stream<Arguments> totals() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "350", null),
                Arguments.of(type, "350.00", null),
                Arguments.of(type, "349.99", "CLM02 349.99 differs from the sum of the line charges 350.00"),
                Arguments.of(type, "", "CLM02 is missing. Enter in CLM02 the sum of the line charges"),
                Arguments.of(type, "ABC", "CLM02 'ABC' is not a number")));
    }

    @ParameterizedTest(name = "{0} CLM02 {1}")
    @MethodSource("totals")
    void totalMustEqualSumOfLines(ClaimType type, String total, String expected) {
        Claim claim = TestClaims.of(type).totalCharge(total)
                .line("15271").charge("100.00").date("2025-06-02").done()
                .line("Q4293").charge("250").units("16").date("2025-06-02").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        if (expected == null) {
            assertEquals(List.of(), findings);
            return;
        }
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.REJECT, f.severity());
        assertNull(f.line());
        assertEquals(claim.position(), f.segmentPosition());
        assertTrue(f.message().contains(expected), f.message());
    }

    static Stream<Arguments> lineCharges() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, null, "is missing"),
                Arguments.of(type, "12X", "'12X' is not a number")));
    }

    @ParameterizedTest(name = "{0} line charge {1}")
    @MethodSource("lineCharges")
    void unreadableLineChargeIsReportedOnItsLine(ClaimType type, String charge, String expected) {
        Claim claim = TestClaims.of(type).totalCharge("100.00")
                .line("15271").charge("100.00").date("2025-06-02").done()
                .line("Q4293").charge(charge).units("16").date("2025-06-02").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(2, f.line());
        assertEquals(claim.lines().get(1).servicePosition(), f.segmentPosition());
        String element = type == ClaimType.PROFESSIONAL ? "SV102" : "SV203";
        assertTrue(f.message().contains("line 2: the line charge " + element + " " + expected), f.message());
    }
}

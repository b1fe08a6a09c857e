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

class Q4293AreaTest {

    private static final String ID = "Q4293-AREA";
    private static final String DATE = "2025-06-02";

    /** Base code, add-on code and add-on units, product units, expected text (null: no finding). */
    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "15271", null, "0", "25", null),
                Arguments.of(type, "15271", null, "0", "26", "26 administered sq cm (units) exceed the 25 sq cm"),
                Arguments.of(type, "15271", "15272", "1", "26", null),
                Arguments.of(type, "15271", "15272", "1", "50", null),
                Arguments.of(type, "15271", "15272", "1", "25", "are no more than the 25 sq cm"),
                Arguments.of(type, "15271", "15272", "3", "100", null),
                Arguments.of(type, "15271", "15272", "3", "101", "exceed the 100 sq cm"),
                Arguments.of(type, "15271", "15272", "3", "75", "are no more than the 75 sq cm"),
                Arguments.of(type, "15273", null, "0", "100", null),
                Arguments.of(type, "15273", "15274", "1", "200", null),
                Arguments.of(type, "15273", "15274", "1", "100", "are no more than the 100 sq cm"),
                Arguments.of(type, "15275", "15276", "1", "51", "exceed the 50 sq cm"),
                Arguments.of(type, "15277", "15278", "2", "300", null),
                Arguments.of(type, "15277", "15278", "2", "301", "exceed the 300 sq cm")));
    }

    @ParameterizedTest(name = "{0} {1} + {2} x{3}, Q4293 {4} -> {5}")
    @MethodSource("cases")
    void productAreaWithinApplicationBlocks(ClaimType type, String base, String addOn, String addOnUnits,
            String productUnits, String expected) {
        TestClaims t = TestClaims.of(type).line(base, "1", DATE);
        if (addOn != null) {
            t.line(addOn, addOnUnits, DATE);
        }
        Claim claim = t.line("Q4293", productUnits, DATE).build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        if (expected == null) {
            assertEquals(List.of(), findings);
            return;
        }
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.WARN, f.severity());
        assertEquals(claim.lines().size(), f.line());
        assertTrue(f.message().contains(expected), f.message());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void discardedUnitsAreNotCounted(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", DATE)
                .line("Q4293", "25", DATE)
                .line("Q4293").units("10").modifiers("JW").date(DATE).done()
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void productLinesOfOneDateAreSummed(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", DATE)
                .line("Q4293", "20", DATE)
                .line("Q4293", "10", DATE)
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        assertEquals(2, findings.get(0).line());
        assertTrue(findings.get(0).message().contains("30 administered sq cm (units) exceed the 25 sq cm"),
                findings.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void applicationsOfAnotherDateDoNotCount(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15273", "1", "2025-06-01")
                .line("15271", "1", DATE)
                .line("Q4293", "90", DATE)
                .build();

        assertEquals(1, ShippedRules.findings(claim, ID).size());
    }
}

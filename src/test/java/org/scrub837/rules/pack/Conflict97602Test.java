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

class Conflict97602Test {

    private static final String ID = "CONFLICT-97602";

    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "15271", "2025-06-02", 1),
                Arguments.of(type, "15278", "2025-06-02", 1),
                Arguments.of(type, "15271", "2025-06-03", 0),
                Arguments.of(type, "11042", "2025-06-02", 0)));
    }

    @ParameterizedTest(name = "{0} 97602 on 2025-06-02 with {1} on {2} -> {3}")
    @MethodSource("cases")
    void debridementWithApplicationSameDateRejects(ClaimType type, String other, String otherDate, int expected) {
        Claim claim = TestClaims.of(type)
                .line(other, "1", otherDate)
                .line("97602", "1", "2025-06-02")
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.REJECT, f.severity());
            assertEquals(2, f.line());
            assertTrue(f.message().contains("Remove the 97602 line"), f.message());
        }
    }

    /** A54117: "CPT or HCPCS application codes"; C5271-C5278 count on 837I before 2026 only. */
    @ParameterizedTest(name = "{0} C5271 on {1} -> {2}")
    @org.junit.jupiter.params.provider.CsvSource({"PROFESSIONAL, 2025-06-02, 0", "INSTITUTIONAL, 2025-06-02, 1",
        "INSTITUTIONAL, 2026-01-05, 0"})
    void hospitalApplicationCodeConflictsWhereItCounts(ClaimType type, String date, int expected) {
        Claim claim = TestClaims.of(type).line("C5271", "1", date).line("97602", "1", date).build();

        assertEquals(expected, ShippedRules.findings(claim, ID).size());
    }
}

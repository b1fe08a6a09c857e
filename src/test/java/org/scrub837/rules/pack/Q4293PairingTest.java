package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class Q4293PairingTest {

    private static final String ID = "Q4293-PAIRING";

    static Stream<Arguments> applicationCodes() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of("15271", "15272", "15273", "15274", "15275",
                "15276", "15277", "15278").map(code -> Arguments.of(type, code)));
    }

    @ParameterizedTest(name = "{0} Q4293 with {1}")
    @MethodSource("applicationCodes")
    void applicationOnSameDatePairs(ClaimType type, String application) {
        Claim claim = TestClaims.of(type)
                .line(application, "1", "2025-06-02")
                .line("Q4293", "16", "2025-06-02")
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void productWithoutApplicationRejects(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("11042", "1", "2025-06-02")
                .line("Q4293", "16", "2025-06-02")
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.REJECT, f.severity());
        assertEquals(2, f.line());
        assertEquals(claim.lines().get(1).servicePosition(), f.segmentPosition());
        assertTrue(f.message().contains("2025-06-02"), f.message());
        assertTrue(f.message().contains("Add the application procedure"), f.message());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void applicationOnAnotherDateDoesNotPair(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", "2025-06-01")
                .line("Q4293", "16", "2025-06-02")
                .build();

        assertEquals(1, ShippedRules.findings(claim, ID).size());
    }

    @ParameterizedTest(name = "837I C5271 on {0}: {1} finding(s)")
    @CsvSource({"2025-12-31, 0", "2026-01-01, 1"})
    void hospitalCodesPairOnlyBefore2026(String date, int expected) {
        Claim claim = TestClaims.institutional()
                .line("C5271", "1", date)
                .line("Q4293", "16", date)
                .build();

        assertEquals(expected, ShippedRules.findings(claim, ID).size());
    }

    @ParameterizedTest
    @CsvSource({"2025-06-02", "2025-12-31"})
    void hospitalCodesDoNotPairOnProfessionalClaims(String date) {
        Claim claim = TestClaims.professional()
                .line("C5271", "1", date)
                .line("Q4293", "16", date)
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("(15271-15278)"), findings.get(0).message());
    }

    /** A range date of service (RD8) is compared by its from-date. */
    @ParameterizedTest(name = "{0} claim dates 2025-06-02..2025-06-05, application on {1}: {2}")
    @MethodSource("rangeCases")
    void claimDateRangeComparesFromDate(ClaimType type, String applicationDate, int expected) {
        Claim claim = TestClaims.of(type)
                .claimDate(type == ClaimType.PROFESSIONAL ? "472" : "434", "2025-06-02", "2025-06-05")
                .line("15271").date(applicationDate).done()
                .line("Q4293").units("16").done()
                .build();

        assertEquals(expected, ShippedRules.findings(claim, ID).size());
    }

    static Stream<Arguments> rangeCases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "2025-06-02", 0),
                Arguments.of(type, "2025-06-03", 1)));
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void eachUnpairedProductLineIsReported(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", "2025-06-02")
                .line("Q4293", "16", "2025-06-02")
                .line("Q4293", "10", "2025-06-09")
                .line("Q4293", "10", "2025-06-16")
                .build();

        assertEquals(List.of(3, 4), ShippedRules.findings(claim, ID).stream().map(Finding::line).toList());
    }
}

package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Wound codes match by exact billable code or by category with its billable code length: headers
 * and codes without an ulcer do not count.
 */
class Q4293WoundDiagnosisCodesTest {

    @ParameterizedTest(name = "{0} {1} -> {2} warning(s)")
    @CsvSource({
        "PROFESSIONAL, L97412, 0", "PROFESSIONAL, L97.412, 0", "PROFESSIONAL, L9741, 1", "PROFESSIONAL, L97, 1",
        "PROFESSIONAL, L98421, 0", "PROFESSIONAL, L98411, 0", "PROFESSIONAL, L98491, 0", "PROFESSIONAL, L9842, 1",
        "PROFESSIONAL, I8730, 1", "PROFESSIONAL, I8732, 1", "PROFESSIONAL, I87311, 0", "PROFESSIONAL, I87333, 0",
        "PROFESSIONAL, I87013, 0", "PROFESSIONAL, I87031, 0", "PROFESSIONAL, I87011, 0", "PROFESSIONAL, I87021, 1",
        "PROFESSIONAL, L89153, 0", "PROFESSIONAL, L8940, 0", "PROFESSIONAL, L8993, 0", "PROFESSIONAL, L8915, 1",
        "PROFESSIONAL, E11621, 0", "PROFESSIONAL, E1162, 1", "PROFESSIONAL, I83012, 0", "PROFESSIONAL, I8301, 1",
        "INSTITUTIONAL, L9741, 1", "INSTITUTIONAL, L98421, 0", "INSTITUTIONAL, I8730, 1", "INSTITUTIONAL, I87033, 0"})
    void woundCodeCountsOnlyWhenBillableAndAnUlcer(ClaimType type, String diagnosis, int expected) {
        Claim claim = TestClaims.of(type).diagnosis(diagnosis)
                .line("15275", "1", "2025-06-02").line("Q4293", "16", "2025-06-02").build();

        assertEquals(expected, ShippedRules.findings(claim, "Q4293-WOUND-DX").size());
    }
}

package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Issue #20 item 7: before 2026 the hospital furnished and reported the product, so a professional
 * Q4293 line in a facility place of service is flagged for those dates too, and the message names
 * the rule of the line's date (before or from 2026-01-01).
 */
class Q4293FacilityPosBefore2026Test {

    @ParameterizedTest(name = "DOS {0}, POS {1} -> {2}")
    @CsvSource({
        "2023-03-01, 22, 1, Before 2026-01-01",
        "2025-12-31, 19, 1, Before 2026-01-01",
        "2025-12-31, 21, 1, Before 2026-01-01",
        "2025-12-31, 23, 1, Before 2026-01-01",
        "2025-12-31, 11, 0, ''",
        "2026-01-01, 22, 1, From 2026-01-01"})
    void facilityPlaceOfServiceIsFlaggedBeforeAndFrom2026(String date, String pos, int expected, String says) {
        Claim claim = TestClaims.professional().facilityCode(pos).diagnosis("L97412")
                .line("15271", "1", date).line("Q4293", "16", date).build();

        List<Finding> found = ShippedRules.findings(claim, "Q4293-FACILITY-POS");

        assertEquals(expected, found.size(), found.toString());
        for (Finding f : found) {
            assertTrue(f.message().contains(says), f.message());
        }
    }
}

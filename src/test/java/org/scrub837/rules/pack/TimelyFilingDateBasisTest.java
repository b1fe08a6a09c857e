package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Issue #20 item 5 (42 CFR 424.44; Pub. 100-04 ch. 1 section 70.1, CR 7080): an 837P span counts
 * from the line's From date, an 837I claim from its Through date (statement period end). Medicare
 * profile, 12 months, BHT04 2026-01-16: the limit is passed by a date before 2025-01-16.
 */
class TimelyFilingDateBasisTest {

    private static final String ID = "TIMELY-FILING";

    @ParameterizedTest(name = "837P line {0}..{1} -> {2}")
    @CsvSource({"2025-01-10, 2025-01-20, 1", "2025-01-16, 2025-01-31, 0", "2025-01-15, 2025-01-15, 1"})
    void professionalSpanCountsFromItsFromDate(String from, String to, int expected) {
        Claim claim = TestClaims.professional().payer("MB", "MEDICARE", "1").transactionDate("2026-01-16")
                .diagnosis("L97412").claimDate("472", from, to).line("15275").date(null).done().build();

        List<Finding> found = ShippedRules.findings(claim, ID);

        assertEquals(expected, found.size(), found.toString());
        if (expected == 1 && !from.equals(to)) {
            assertTrue(found.get(0).message().contains("counted from its From date"), found.get(0).message());
            assertTrue(found.get(0).message().contains("splits a span"), found.get(0).message());
        }
    }

    @ParameterizedTest(name = "837I statement {0}..{1}, line {2} -> {3}")
    @CsvSource({
        "2025-01-01, 2025-01-20, 2025-01-02, 0",   // the line is old, the Through date is not
        "2025-01-01, 2025-01-15, 2025-01-02, 1",
        "2024-12-20, 2025-01-31, 2024-12-20, 0"})
    void institutionalClaimCountsFromItsThroughDate(String from, String through, String lineDate, int expected) {
        Claim claim = TestClaims.institutional().transactionDate("2026-01-16").diagnosis("L97412")
                .claimDate("434", from, through).line("15275", "1", lineDate).build();

        List<Finding> found = ShippedRules.findings(claim, ID);

        assertEquals(expected, found.size(), found.toString());
        for (Finding f : found) {
            assertNull(f.line(), "a claim-level finding");
            assertTrue(f.message().contains("Through date " + through), f.message());
        }
    }
}

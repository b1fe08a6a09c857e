package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/** Medicare: 12 months after the date of service, counted to BHT04; other payers: off by default. */
class TimelyFilingTest {

    private static final String ID = "TIMELY-FILING";

    @ParameterizedTest(name = "{0} {1} DOS {2}, BHT04 {3} -> {4}")
    @CsvSource({
        "PROFESSIONAL, MB, 2025-01-15, 2026-01-15, 0",
        "PROFESSIONAL, MB, 2025-01-15, 2026-01-16, 1",
        "INSTITUTIONAL, MA, 2024-02-29, 2025-02-28, 0",
        "INSTITUTIONAL, MA, 2024-02-29, 2025-03-01, 1",
        "PROFESSIONAL, CI, 2020-01-01, 2026-01-16, 0"})
    void lineOlderThanTheFilingLimitIsReported(ClaimType type, String filing, String dos, String bht, int expected) {
        Claim claim = TestClaims.of(type).payer(filing, filing.equals("CI") ? "ACME HEALTH" : "MEDICARE", "1")
                .transactionDate(bht).diagnosis("L97412").line("15275", "1", dos).build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.WARN, f.severity());
            assertEquals(type == ClaimType.INSTITUTIONAL ? null : Integer.valueOf(1), f.line());
            assertTrue(f.message().contains("past the payer's filing limit of 12 months"), f.message());
            assertTrue(f.authority().contains("424.44"), f.authority());
        }
    }

    @ParameterizedTest(name = "range {0}..{1}")
    @CsvSource({"2025-01-10, 2025-01-20, 0", "2025-01-01, 2025-01-10, 1"})
    void rangeIsJudgedByItsThroughDate(String from, String to, int expected) {
        Claim claim = TestClaims.institutional().transactionDate("2026-01-16").diagnosis("L97412")
                .claimDate("434", from, to).line("15275").date(null).done().build();

        assertEquals(expected, ShippedRules.findings(claim, ID).size());
    }
}

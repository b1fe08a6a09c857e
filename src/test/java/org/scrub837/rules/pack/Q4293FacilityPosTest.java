package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class Q4293FacilityPosTest {

    private static final String ID = "Q4293-FACILITY-POS";

    @ParameterizedTest(name = "DOS {0}, CLM05-1 {1}, SV105 [{2}] -> {3}")
    @CsvSource({
        "2026-01-01, 22, '', 1",
        "2026-01-01, 19, '', 1",
        "2026-01-01, 21, '', 1",
        "2026-01-01, 23, '', 1",
        "2026-01-01, 11, '', 0",
        "2026-01-01, 11, 22, 1",
        "2026-01-01, 22, 11, 0",
    })
    void medicareProductInFacilityWarns(String date, String claimPos, String linePos, int expected) {
        Claim claim = TestClaims.professional().facilityCode(claimPos).diagnosis("L97412")
                .line("15271", "1", date)
                .line("Q4293").units("16").placeOfService(linePos.isEmpty() ? null : linePos).date(date).done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.WARN, f.severity());
            assertEquals(2, f.line());
            assertTrue(f.message().contains("facility place of service"), f.message());
        }
    }

    @Test
    void otherPayersAreNotChecked() {
        Claim claim = TestClaims.professional().payer("CI", "ACME HEALTH", "5").facilityCode("22")
                .line("15271", "1", "2026-01-05").line("Q4293", "16", "2026-01-05").build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }

    @Test
    void institutionalClaimsAreNotChecked() {
        Claim claim = TestClaims.institutional().facilityCode("13")
                .line("15271", "1", "2026-01-05").line("Q4293", "16", "2026-01-05").build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }
}

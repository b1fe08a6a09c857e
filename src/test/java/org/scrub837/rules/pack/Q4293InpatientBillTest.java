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

class Q4293InpatientBillTest {

    private static final String ID = "Q4293-INPATIENT-TOB";

    @ParameterizedTest(name = "type of bill {0}{1} -> {2}")
    @CsvSource({"11, 1, 1", "11, 7, 1", "13, 1, 0", "12, 1, 0", "14, 1, 0"})
    void productOnInpatientBillWarns(String facility, String frequency, int expected) {
        Claim claim = TestClaims.institutional().facilityCode(facility).frequency(frequency)
                .line("C5271", "1", "2025-06-02").line("Q4293", "16", "2025-06-02").build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.WARN, f.severity());
            assertEquals(2, f.line());
            assertTrue(f.message().contains("type of bill " + facility + frequency), f.message());
        }
    }

    @Test
    void professionalClaimsAreNotChecked() {
        Claim claim = TestClaims.professional().facilityCode("11")
                .line("15271", "1", "2025-06-02").line("Q4293", "16", "2025-06-02").build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }
}

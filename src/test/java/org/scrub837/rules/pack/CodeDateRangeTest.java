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

class CodeDateRangeTest {

    private static final String ID = "CODE-DATE-RANGE";

    @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
    @CsvSource({
        "INSTITUTIONAL, C5271, 2025-12-31, 0",
        "INSTITUTIONAL, C5271, 2026-01-01, 1",
        "INSTITUTIONAL, C5278, 2026-01-01, 1",
        "PROFESSIONAL, C5271, 2025-12-31, 1",
        "PROFESSIONAL, 15271, 2026-01-01, 0",
        "INSTITUTIONAL, 15271, 2026-01-01, 0",
        "PROFESSIONAL, Q4293, 2026-01-01, 0",
    })
    void codeOutsideItsValidityWarns(ClaimType type, String code, String date, int expected) {
        Claim claim = TestClaims.of(type).line(code, "1", date).build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.WARN, f.severity());
            assertTrue(f.message().contains(code + " on line 1 is not valid for a " + type.label() + " service on "
                    + date + " (valid open..2025-12-31 on 837I)"), f.message());
        }
    }
}

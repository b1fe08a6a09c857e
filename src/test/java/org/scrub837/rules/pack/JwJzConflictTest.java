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

class JwJzConflictTest {

    private static final String ID = "JW-JZ-CONFLICT";

    @ParameterizedTest(name = "{0}: JZ on {1}, JW on {2} -> {3}")
    @CsvSource({"PROFESSIONAL, 2025-06-02, 2025-06-02, 1", "INSTITUTIONAL, 2025-06-02, 2025-06-02, 1",
        "PROFESSIONAL, 2025-06-02, 2025-06-03, 0", "INSTITUTIONAL, 2025-06-03, 2025-06-02, 0"})
    void jzAndJwLinesForOneProductAndDateContradict(ClaimType type, String jzDate, String jwDate, int expected) {
        Claim claim = TestClaims.of(type).diagnosis("L97412")
                .line("15275", "1", jzDate)
                .line("15275", "1", jwDate)
                .line("Q4293").units("16").modifiers("JZ").date(jzDate).done()
                .line("Q4293").units("4").modifiers("JW").date(jwDate).done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.REJECT, f.severity());
            assertEquals(3, f.line());
            assertTrue(f.message().contains("carries JZ (nothing discarded), but a JW line"), f.message());
        }
    }
}

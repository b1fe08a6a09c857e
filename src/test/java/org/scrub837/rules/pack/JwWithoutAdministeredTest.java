package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class JwWithoutAdministeredTest {

    private static final String ID = "JW-WITHOUT-ADMINISTERED";

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void jwLineWithAdministeredLinePasses(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", "2024-06-03")
                .line("Q4293", "16", "2024-06-03")
                .line("Q4293").units("4").modifiers("JW").date("2024-06-03").done()
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void jwLineAloneRejects(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", "2024-06-03")
                .line("Q4293").units("4").modifiers("JW").date("2024-06-03").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        assertEquals(Severity.REJECT, findings.get(0).severity());
        assertEquals(2, findings.get(0).line());
        assertTrue(findings.get(0).message().contains("no administered Q4293 line (without JW)"),
                findings.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void administeredLineOnAnotherDateDoesNotCount(ClaimType type) {
        Claim claim = TestClaims.of(type)
                .line("15271", "1", "2024-06-03")
                .line("Q4293", "16", "2024-06-02")
                .line("Q4293").units("4").modifiers("JW").date("2024-06-03").done()
                .build();

        assertEquals(List.of(3), ShippedRules.findings(claim, ID).stream().map(Finding::line).toList());
    }
}

package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class Q4293WoundDiagnosisTest {

    private static final String ID = "Q4293-WOUND-DX";

    static Stream<Arguments> diagnoses() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "L97412", 0),
                Arguments.of(type, "L98415", 0),
                Arguments.of(type, "L98499", 0),
                Arguments.of(type, "L89154", 0),
                Arguments.of(type, "E11621", 0),
                Arguments.of(type, "E10622", 0),
                Arguments.of(type, "I83013", 0),
                Arguments.of(type, "I83203", 0),
                Arguments.of(type, "I87311", 0),
                Arguments.of(type, "L97.412", 0),
                Arguments.of(type, "E119", 1),
                Arguments.of(type, "E11620", 1),
                Arguments.of(type, "L9842", 1),
                Arguments.of(type, "I831", 1)));
    }

    @ParameterizedTest(name = "{0} diagnosis {1} -> {2}")
    @MethodSource("diagnoses")
    void productNeedsAWoundDiagnosis(ClaimType type, String diagnosis, int expected) {
        Claim claim = TestClaims.of(type).diagnosis(diagnosis)
                .line("15271", "1", "2025-06-02")
                .line("Q4293", "16", "2025-06-02")
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.WARN, f.severity());
            assertEquals(2, f.line());
            assertTrue(f.message().contains(diagnosis), f.message());
        }
    }

    /** On 837P only the pointed diagnoses count: a wound code sent but not pointed at does not. */
    @Test
    void professionalReadsOnlyPointedDiagnoses() {
        Claim claim = TestClaims.professional().diagnosis("E119").diagnosis("L97412")
                .line("15271").pointers("2").date("2025-06-02").done()
                .line("Q4293").units("16").pointers("1").date("2025-06-02").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("the diagnoses its SV107 pointers name (E119)"),
                findings.get(0).message());
    }

    @Test
    void institutionalReadsAllClaimDiagnoses() {
        Claim claim = TestClaims.institutional().diagnosis("E119").diagnosis("L97412")
                .line("15271", "1", "2025-06-02")
                .line("Q4293", "16", "2025-06-02")
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }
}

package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class JwJzSameLineTest {

    private static final String ID = "JW-JZ-SAME-LINE";

    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, List.of("JW", "JZ"), 1),
                Arguments.of(type, List.of("JZ", "JW"), 1),
                Arguments.of(type, List.of("JW"), 0),
                Arguments.of(type, List.of("JZ"), 0),
                Arguments.of(type, List.of("RT"), 0)));
    }

    @ParameterizedTest(name = "{0} modifiers {1} -> {2}")
    @MethodSource("cases")
    void jwAndJzOnOneLineReject(ClaimType type, List<String> modifiers, int expected) {
        Claim claim = TestClaims.of(type).payer("CI", "ANY PAYER", "99999")
                .line("15271", "1", "2024-06-03")
                .line("Q4293", "16", "2024-06-03")
                .line("Q4293").units("4").modifiers(modifiers.toArray(String[]::new)).date("2024-06-03").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.REJECT, f.severity());
            assertEquals(3, f.line());
            assertTrue(f.message().contains("carries both JW (amount discarded) and JZ"), f.message());
        }
    }
}

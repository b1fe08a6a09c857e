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

class EmModifier25Test {

    private static final String ID = "EM-MODIFIER-25";

    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "99213", "", "2025-06-02", 1),
                Arguments.of(type, "99202", "", "2025-06-02", 1),
                Arguments.of(type, "99215", "", "2025-06-02", 1),
                Arguments.of(type, "99213", "25", "2025-06-02", 0),
                Arguments.of(type, "99213", "", "2025-06-01", 0),
                Arguments.of(type, "99221", "", "2025-06-02", 0)));
    }

    @ParameterizedTest(name = "{0} visit {1} modifier [{2}] on {3} -> {4}")
    @MethodSource("cases")
    void visitOnApplicationDateNeedsModifier25(ClaimType type, String visit, String modifier, String date,
            int expected) {
        Claim claim = TestClaims.of(type)
                .line(visit).modifiers(modifier.isEmpty() ? new String[0] : new String[] {modifier}).date(date).done()
                .line("15271", "1", "2025-06-02")
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.WARN, f.severity());
            assertEquals(1, f.line());
            assertTrue(f.message().contains("without modifier 25"), f.message());
        }
    }
}

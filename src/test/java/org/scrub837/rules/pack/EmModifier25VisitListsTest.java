package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.ClaimType;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/** EM-MODIFIER-25 covers nursing facility visits and, on the 837I, the clinic visit G0463. */
class EmModifier25VisitListsTest {

    @ParameterizedTest(name = "{0} {1} modifier ''{2}'' -> {3}")
    @CsvSource({"PROFESSIONAL, 99304, '', 1", "PROFESSIONAL, 99310, '', 1", "PROFESSIONAL, 99308, 25, 0",
        "INSTITUTIONAL, 99309, '', 1", "INSTITUTIONAL, G0463, '', 1", "INSTITUTIONAL, G0463, 25, 0",
        "PROFESSIONAL, G0463, '', 0", "PROFESSIONAL, 99303, '', 0"})
    void visitOnApplicationDateNeedsModifier25(ClaimType type, String visit, String modifier, int expected) {
        TestClaims t = TestClaims.of(type).diagnosis("L97412");
        if (modifier.isEmpty()) {
            t.line(visit, "1", "2025-06-02");
        } else {
            t.line(visit).modifiers(modifier).date("2025-06-02").done();
        }
        t.line("15271", "1", "2025-06-02");

        assertEquals(expected, ShippedRules.findings(t.build(), "EM-MODIFIER-25").size());
    }
}

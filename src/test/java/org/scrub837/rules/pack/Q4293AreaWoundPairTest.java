package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Issue #20 item 9: a diabetic foot ulcer coded as the pair E11.621 + L97.412 is one wound, so lines
 * pointing into the same pair (through the site code L97.412) are compared together; lines whose
 * site codes differ are still two wounds. Diagnoses: 1 E11621, 2 L97412, 3 I10, 4 L97422.
 */
class Q4293AreaWoundPairTest {

    private static final String DATE = "2025-06-02";

    @ParameterizedTest(name = "application -> {0}, product -> {1} ({2} units): {3} finding(s)")
    @CsvSource({
        "'1,2', '2,3', 16, 0",   // the case: one wound, 16 sq cm within 15271's 25
        "'1,2', '2,3', 40, 1",   // one wound, 40 sq cm above 25: compared, so warned on area
        "'2', '1,2', 16, 0",
        "'1,2', '4', 16, 1",     // different site codes: two wounds, no application for the product's
        "'1', '3', 16, 1"})      // no site code on either: first pointers differ, two wounds
    void linesSharingASiteCodeAreOneWound(String applicationPointers, String productPointers, String units,
            int expected) {
        Claim claim = TestClaims.professional().diagnosis("E11621").diagnosis("L97412").diagnosis("I10")
                .diagnosis("L97422")
                .line("15271").date(DATE).pointers(applicationPointers.split(",")).done()
                .line("Q4293").units(units).date(DATE).pointers(productPointers.split(",")).done()
                .build();

        List<Finding> found = ShippedRules.findings(claim, "Q4293-AREA");

        assertEquals(expected, found.size(), found.toString());
        if (expected == 1 && units.equals("40")) {
            assertTrue(found.get(0).message().contains("40 administered sq cm"), found.get(0).message());
        }
    }
}

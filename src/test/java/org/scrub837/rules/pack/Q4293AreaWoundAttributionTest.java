package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/** Q4293-AREA attributes application lines to products by diagnosis pointer (one wound each). */
class Q4293AreaWoundAttributionTest {

    private static final String ID = "Q4293-AREA";
    private static final String DATE = "2025-06-02";

    @Test
    void twoWoundsEachComparedWithItsOwnApplications() {
        // 15271 + Q4293 16 units for wound 1; 15275 + 15276 + Q4186 30 units for wound 2
        Claim claim = TestClaims.professional().diagnosis("L97412").diagnosis("L97422")
                .line("15271").date(DATE).pointers("1").done()
                .line("Q4293").units("16").date(DATE).pointers("1").done()
                .line("15275").date(DATE).pointers("2").done()
                .line("15276").date(DATE).pointers("2").done()
                .line("Q4186").units("30").date(DATE).pointers("2").done()
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }

    @Test
    void productLargerThanItsOwnWoundsApplicationsWarns() {
        Claim claim = TestClaims.professional().diagnosis("L97412").diagnosis("L97422")
                .line("15271").date(DATE).pointers("1").done()
                .line("Q4293").units("40").date(DATE).pointers("1").done()
                .line("15273").date(DATE).pointers("2").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("40 administered sq cm (units) exceed the 25 sq cm"),
                findings.get(0).message());
    }

    @ParameterizedTest(name = "product pointer {0} -> {1}")
    @CsvSource({"3, no application line points at the product's diagnosis L97512",
        "'', a line of that date has no diagnosis pointer"})
    void ambiguousAttributionIsSaidNotGuessed(String productPointer, String expected) {
        TestClaims t = TestClaims.professional().diagnosis("L97412").diagnosis("L97422").diagnosis("L97512")
                .line("15271").date(DATE).pointers("1").done()
                .line("15275").date(DATE).pointers("2").done();
        Claim claim = (productPointer.isEmpty()
                ? t.line("Q4293").units("16").date(DATE).pointers().done()
                : t.line("Q4293").units("16").date(DATE).pointers(productPointer).done()).build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        assertEquals(3, findings.get(0).line());
        assertTrue(findings.get(0).message().contains(expected), findings.get(0).message());
        assertTrue(findings.get(0).message().contains("is not checked"), findings.get(0).message());
    }

    @ParameterizedTest(name = "{0} with Q4293 {1} units -> {2}")
    @CsvSource({"15277, 30, 1", "15277, 100, 0", "15273, 99, 1", "15275, 30, 1", "15275, 20, 0"})
    void largeWoundCodeWithFewUnitsWarns(String code, String units, int expected) {
        Claim claim = TestClaims.professional().diagnosis("L97412")
                .line(code, "1", DATE).line("Q4293", units, DATE).build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(expected, findings.size());
        if (expected == 1 && code.startsWith("1527") && !code.equals("15275")) {
            assertTrue(findings.get(0).message().contains("fewer than the 100 sq cm that " + code + " stands for"),
                    findings.get(0).message());
        }
    }
}

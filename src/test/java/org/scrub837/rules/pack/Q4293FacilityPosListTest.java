package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/** The CMS list of places of service paid at the PFS facility rate, line or claim level. */
class Q4293FacilityPosListTest {

    @ParameterizedTest(name = "POS {0} -> {1}")
    @CsvSource({"02, 1", "19, 1", "21, 1", "22, 1", "23, 1", "24, 1", "26, 1", "31, 1", "34, 1", "41, 1", "42, 1",
        "51, 1", "52, 1", "53, 1", "56, 1", "61, 1", "11, 0", "12, 0", "32, 0", "49, 0"})
    void productInFacilityPlaceOfServiceWarns(String pos, int expected) {
        Claim onLine = TestClaims.professional().diagnosis("L97412")
                .line("15275", "1", "2026-01-15")
                .line("Q4293").units("16").date("2026-01-15").placeOfService(pos).done()
                .build();
        Claim onClaim = TestClaims.professional().facilityCode(pos).diagnosis("L97412")
                .line("15275", "1", "2026-01-15").line("Q4293", "16", "2026-01-15").build();

        assertEquals(expected, ShippedRules.findings(onLine, "Q4293-FACILITY-POS").size());
        assertEquals(expected, ShippedRules.findings(onClaim, "Q4293-FACILITY-POS").size());
    }
}

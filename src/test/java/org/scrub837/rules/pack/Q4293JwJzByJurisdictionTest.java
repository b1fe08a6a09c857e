package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Q4293-JWJZ-EXPECTED takes the MAC's stance from the billing provider's state: NGS (J6/JK) JW only,
 * Novitas (JL/JH) and First Coast (JN) JW/JZ as for drugs; where the stance is not verified (e.g.
 * CGS J15, Noridian JE/JF, Palmetto JJ/JM, WPS J5/J8) nothing is advised.
 */
class Q4293JwJzByJurisdictionTest {

    @ParameterizedTest(name = "{0} provider in {1}, modifier ''{2}'' -> {3}")
    @CsvSource({
        "PROFESSIONAL, PA, '', carries neither JW nor JZ",
        "INSTITUTIONAL, TX, '', carries neither JW nor JZ",
        "PROFESSIONAL, FL, '', carries neither JW nor JZ",
        "PROFESSIONAL, PA, JZ, ''",
        "PROFESSIONAL, IL, '', ''",
        "INSTITUTIONAL, NY, '', ''",
        "PROFESSIONAL, IL, JZ, which this MAC rejects on skin substitutes",
        "INSTITUTIONAL, MA, JZ, which this MAC rejects on skin substitutes",
        "PROFESSIONAL, KY, '', ''",
        "PROFESSIONAL, OH, JZ, ''",
        "PROFESSIONAL, CA, '', ''",
        "INSTITUTIONAL, GA, '', ''",
        "PROFESSIONAL, XX, '', ''"})
    void expectationFollowsTheMacOfTheProvidersState(ClaimType type, String state, String modifier,
            String expected) {
        // 837I as a critical access hospital bill (85x), where the product was separately payable
        TestClaims t = TestClaims.of(type).facilityCode(type == ClaimType.INSTITUTIONAL ? "85" : "11").providerState(state).diagnosis("L97412").line("15275", "1", "2025-06-02");
        Claim claim = (modifier.isEmpty() ? t.line("Q4293", "16", "2025-06-02")
                : t.line("Q4293").units("16").modifiers(modifier).date("2025-06-02").done()).build();

        List<Finding> findings = ShippedRules.findings(claim, "Q4293-JWJZ-EXPECTED");

        if (expected.isEmpty()) {
            assertEquals(List.of(), findings);
        } else {
            assertEquals(1, findings.size());
            assertTrue(findings.get(0).message().contains(expected), findings.get(0).message());
        }
    }
}

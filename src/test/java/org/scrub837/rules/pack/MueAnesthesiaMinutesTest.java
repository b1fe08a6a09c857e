package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Issue #20 item 8: an 837P line billed in minutes (SV103 MJ, anesthesia time) is not a count of
 * services, so the MUE rules do not compare it with an MUE value; the same code in units (UN) is
 * compared. Synthetic fixture: X9991 MAI 1 max 2, X9992 MAI 2 max 1, X9993 MAI 3 max 4.
 */
class MueAnesthesiaMinutesTest {

    @TempDir
    static Path dir;
    private static RuleSet rules;

    @BeforeAll
    static void load() throws IOException {
        ShippedRules.copyTo(dir);
        Files.copy(Path.of("src/test/resources/mue/practitioner-fixture.csv"), dir.resolve("pra.csv"));
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: null", "  practitioner: pra.csv");
        rules = RuleSet.load(dir);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource({
        "X9991, MJ, 45, MUE-LINE, 0",
        "X9991, UN, 45, MUE-LINE, 1",
        "X9992, MJ, 45, MUE-DOS-POLICY, 0",
        "X9992, UN, 2, MUE-DOS-POLICY, 1",
        "X9993, MJ, 90, MUE-DOS-CLINICAL, 0",
        "X9993, UN, 5, MUE-DOS-CLINICAL, 1"})
    void minutesAreNotComparedWithUnitsOfService(String code, String basis, String quantity, String rule,
            int expected) {
        Claim claim = TestClaims.professional().payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                .line(code).unitBasis(basis).units(quantity).date("2025-06-02").done().build();

        long found = rules.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals(rule)).count();

        assertEquals(expected, found);
    }
}

package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * NCCI-PTP with small made-up tables in the CMS layout: A0001/A0002 indicator 1 (a bypass modifier
 * allows the pair), A0001/A0003 indicator 0 (nothing allows it), A0001/A0004 indicator 9 (no edit),
 * A0001/A0005 deleted 2022-12-31. The outpatient hospital table holds only B0001/B0002.
 */
class NcciPtpTest {

    @TempDir
    static Path dir;
    private static RuleSet rules;

    @BeforeAll
    static void load() throws IOException {
        ShippedRules.copyTo(dir);
        String header = "Column 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\t"
                + "Deletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n";
        Files.writeString(dir.resolve("pra.txt"), "Practitioner PTP edits (test)\n" + header
                + "A0001\tA0002\t\t20200101\t*\t1\tMisuse of column two code with column one code\n"
                + "A0001\tA0003\t\t20200101\t*\t0\tMutually exclusive procedures\n"
                + "A0001\tA0004\t\t20200101\t*\t9\tMisuse of column two code with column one code\n"
                + "A0001\tA0005\t\t20200101\t20221231\t1\tMisuse of column two code with column one code\n");
        Files.writeString(dir.resolve("opps.txt"), header + "B0001\tB0002\t\t20200101\t*\t1\tStandards\n");
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: []\n  outpatientHospital: []",
                "  practitioner: [pra.txt]\n  outpatientHospital: [opps.txt]");
        rules = RuleSet.load(dir);
    }

    private static List<Finding> findings(Claim claim) {
        return rules.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals("NCCI-PTP")).toList();
    }

    @ParameterizedTest(name = "{0} + {1} mods ''{2}'' on {3} -> {4}")
    @CsvSource({
        "A0001, A0002, '', 2025-06-02, 1",
        "A0001, A0002, 59, 2025-06-02, 0",
        "A0001, A0002, XS, 2025-06-02, 0",
        "A0001, A0002, XE, 2025-06-02, 0",
        "A0001, A0002, XP, 2025-06-02, 0",
        "A0001, A0002, XU, 2025-06-02, 0",
        "A0001, A0002, 25, 2025-06-02, 0",
        "A0001, A0002, RT, 2025-06-02, 0",
        "A0001, A0002, 91, 2025-06-02, 0",
        "A0001, A0002, AA, 2025-06-02, 1",
        "A0001, A0002, 76, 2025-06-02, 1",
        "A0001, A0003, 59, 2025-06-02, 1",
        "A0001, A0004, '', 2025-06-02, 0",
        "A0001, A0005, '', 2022-12-31, 1",
        "A0001, A0005, '', 2023-01-01, 0",
        "A0002, A0001, '', 2025-06-02, 1"})
    void pairOnOneDateIsEditedUnlessAnAllowedModifierBypassesIt(String first, String second, String modifier,
            String date, int expected) {
        TestClaims t = TestClaims.professional().payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                .line(first, "1", date);
        Claim claim = (modifier.isEmpty() ? t.line(second, "1", date)
                : t.line(second).modifiers(modifier).date(date).done()).build();

        List<Finding> found = findings(claim);

        assertEquals(expected, found.size(), found.toString());
        for (Finding f : found) {
            assertEquals(Severity.REJECT, f.severity());
            assertTrue(f.message().contains("column 2 code of an NCCI procedure-to-procedure edit"), f.message());
        }
    }

    @Test
    void columnTwoLineCarriesTheFinding() {
        Claim claim = TestClaims.professional().diagnosis("L97412")
                .line("A0003", "1", "2025-06-02").line("A0001", "1", "2025-06-02").build();

        List<Finding> found = findings(claim);

        assertEquals(1, found.size());
        assertEquals(1, found.get(0).line());
        assertTrue(found.get(0).message().contains("modifier indicator is 0"), found.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PROFESSIONAL, A0001, A0002, 1", "PROFESSIONAL, B0001, B0002, 0", "INSTITUTIONAL, B0001, B0002, 1",
        "INSTITUTIONAL, A0001, A0002, 0"})
    void claimTypeChoosesTheTable(ClaimType type, String first, String second, int expected) {
        Claim claim = TestClaims.of(type).diagnosis("L97412").line(first, "1", "2025-06-02")
                .line(second, "1", "2025-06-02").build();

        assertEquals(expected, findings(claim).size());
    }

    @Test
    void differentDatesAreNotPaired() {
        Claim claim = TestClaims.professional().diagnosis("L97412").line("A0001", "1", "2025-06-02")
                .line("A0002", "1", "2025-06-03").build();

        assertEquals(List.of(), findings(claim));
    }

    @Test
    void withoutTablesNothingIsReported() {
        Claim claim = TestClaims.professional().diagnosis("L97412").line("A0001", "1", "2025-06-02")
                .line("A0003", "1", "2025-06-02").build();

        assertEquals(List.of(), ShippedRules.findings(claim, "NCCI-PTP"));
    }
}

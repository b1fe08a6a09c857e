package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.testing.TestClaims;

/**
 * Issue #20 item 3: a payer profile chooses the Medicaid NCCI editions (mueTables / ptpTables
 * medicaidPractitioner) instead of the Medicare ones. Made-up tables: Medicare PTP A0001/A0002
 * indicator 0 and MUE A0003 max 1; Medicaid PTP none and MUE A0003 max 5.
 */
class NcciMedicaidEditionProfileTest {

    @TempDir
    static Path dir;
    private static RuleSet rules;

    @BeforeAll
    static void load() throws IOException {
        ShippedRules.copyTo(dir);
        String ptpHeader = "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\t"
                + "Modifier\tPTP Edit Rationale\n";
        Files.writeString(dir.resolve("ptp-medicare.txt"), ptpHeader + "A0001\tA0002\t\t20200101\t*\t0\tTest\n");
        Files.writeString(dir.resolve("ptp-medicaid.txt"), "Medicaid NCCI PTP (test)\n" + ptpHeader
                + "B0001\tB0002\t\t20200101\t*\t0\tTest\n");
        String mueHeader = "\"HCPCS/\nCPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\"\n";
        Files.writeString(dir.resolve("mue-medicare.csv"), mueHeader + "A0003,1,1\n");
        Files.writeString(dir.resolve("mue-medicaid.csv"), mueHeader + "A0003,5,1\n");
        Path yaml = dir.resolve("rules.yaml");
        ShippedRules.edit(yaml, "  practitioner: []", "  practitioner: [ptp-medicare.txt]");
        ShippedRules.edit(yaml, "  medicaidPractitioner: []", "  medicaidPractitioner: [ptp-medicaid.txt]");
        ShippedRules.edit(yaml, "  practitioner: null", "  practitioner: mue-medicare.csv");
        ShippedRules.edit(yaml, "  medicaidPractitioner: null", "  medicaidPractitioner: mue-medicaid.csv");
        Files.writeString(dir.resolve("payers").resolve("medicaid.yaml"), """
                profile: medicaid
                match:
                  filingIndicators: ["MC"]
                rules:
                  NCCI-PTP:
                    parameters: {professionalTable: medicaidPractitioner}
                  MUE-LINE:
                    parameters: {professionalTable: medicaidPractitioner}
                """);
        rules = RuleSet.load(dir);
    }

    private static long count(Claim claim, String rule) {
        return rules.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals(rule)).count();
    }

    @ParameterizedTest(name = "SBR09 {0}: PTP {1}, MUE {2}")
    @CsvSource({"CI, 1, 1", "MC, 0, 0"})
    void profileChoosesTheEdition(String filing, int ptp, int mue) {
        Claim pair = TestClaims.professional().payer(filing, "STATE PLAN", "9").diagnosis("L97412")
                .line("A0001", "1", "2025-06-02").line("A0002", "1", "2025-06-02").build();
        Claim units = TestClaims.professional().payer(filing, "STATE PLAN", "9").diagnosis("L97412")
                .line("A0003", "3", "2025-06-02").build();

        assertEquals(ptp, count(pair, "NCCI-PTP"));
        assertEquals(mue, count(units, "MUE-LINE"));
    }
}

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
 * Issue #20 item 2: NCCI PTP and MUE judge an 837I only on the outpatient bill types configured
 * (institutionalBillTypes), never on inpatient 11x. Made-up outpatient hospital tables: PTP
 * B0001/B0002 indicator 0; MUE B0003 value 1 MAI 1.
 */
class NcciBillTypeScopeTest {

    @TempDir
    static Path dir;
    private static RuleSet rules;

    @BeforeAll
    static void load() throws IOException {
        ShippedRules.copyTo(dir);
        Files.writeString(dir.resolve("opps.txt"), "Column 1\tColumn 2\t* = In existence prior to 1996\t"
                + "Effective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\t"
                + "PTP Edit Rationale\nB0001\tB0002\t\t20200101\t*\t0\tMutually exclusive procedures\n");
        Files.writeString(dir.resolve("opps-mue.csv"), "HCPCS/CPT Code,Outpatient Hospital Services MUE Values,"
                + "MUE Adjudication Indicator,MUE Rationale\nB0003,1,1 Line Edit,Anatomic Consideration\n");
        ShippedRules.edit(dir.resolve("rules.yaml"), "  outpatientHospital: []", "  outpatientHospital: [opps.txt]");
        ShippedRules.edit(dir.resolve("rules.yaml"), "  outpatientHospital: null",
                "  outpatientHospital: opps-mue.csv");
        rules = RuleSet.load(dir);
    }

    private static long count(Claim claim, String rule) {
        return rules.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals(rule)).count();
    }

    @ParameterizedTest(name = "type of bill {0}x: {1} finding(s) each")
    @CsvSource({"11, 0", "12, 1", "13, 1", "14, 1", "22, 1", "23, 1", "72, 1", "74, 1", "75, 1", "76, 1", "85, 1",
        "18, 0", "21, 0", "81, 0"})
    void onlyOutpatientBillTypesAreJudged(String facility, int expected) {
        Claim ptp = TestClaims.institutional().facilityCode(facility).frequency("1").diagnosis("L97412")
                .line("B0001", "1", "2025-06-02").line("B0002", "1", "2025-06-02").build();
        Claim mue = TestClaims.institutional().facilityCode(facility).frequency("1").diagnosis("L97412")
                .line("B0003", "2", "2025-06-02").build();

        assertEquals(expected, count(ptp, "NCCI-PTP"));
        assertEquals(expected, count(mue, "MUE-LINE"));
    }
}

package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class DiagnosisPointerTest {

    private static final String ID = "DX-POINTER";

    /** Two diagnoses on the claim (1 principal, 2 other). */
    @ParameterizedTest(name = "pointers {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1|",
        "2|",
        "1:2|",
        "3|'3' on line 1 (SV107) points past the claim's diagnoses (2 sent)",
        "1:3|'3' on line 1 (SV107) points past the claim's diagnoses (2 sent)",
        "0|'0' on line 1 (SV107) is outside 1..12",
        "13|'13' on line 1 (SV107) is outside 1..12",
        "A|'A' on line 1 (SV107) is not a number",
    })
    void pointersMustNameSentDiagnoses(String pointers, String expected) {
        Claim claim = TestClaims.professional().diagnosis("L97412").diagnosis("E11621")
                .line("15271").pointers(pointers.split(":")).date("2025-06-02").done()
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        if (expected == null) {
            assertEquals(List.of(), findings);
            return;
        }
        assertEquals(1, findings.size());
        assertEquals(Severity.REJECT, findings.get(0).severity());
        assertEquals(1, findings.get(0).line());
        assertTrue(findings.get(0).message().startsWith("Diagnosis pointer " + expected), findings.get(0).message());
    }

    @Test
    void pointerWithoutAnyDiagnosisRejects() {
        Claim claim = TestClaims.professional().line("15271", "1", "2025-06-02").build();

        assertEquals(1, ShippedRules.findings(claim, ID).size());
    }

    @Test
    void institutionalClaimsHaveNoPointers() {
        Claim claim = TestClaims.institutional().line("15271", "1", "2025-06-02").build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }

    @ParameterizedTest(name = "requirePointer {0} -> {1} finding(s)")
    @CsvSource({"false, 0", "true, 1"})
    void missingPointerIsReportedOnlyWhenRequired(String require, int expected, @TempDir Path dir)
            throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "requirePointer: false", "requirePointer: " + require);
        Claim claim = TestClaims.professional().diagnosis("L97412")
                .line("15271").pointers().date("2025-06-02").done()
                .build();

        List<Finding> findings = RuleSet.load(dir).evaluate(claim).findings().stream()
                .filter(f -> f.ruleId().equals(ID)).toList();

        assertEquals(expected, findings.size());
    }
}

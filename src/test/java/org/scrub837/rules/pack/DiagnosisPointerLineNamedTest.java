package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/** Every DX-POINTER message names the line (LX) it concerns. */
class DiagnosisPointerLineNamedTest {

    @TempDir
    Path dir;

    @Test
    void everyMessageNamesItsLine() throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "requirePointer: false", "requirePointer: true");
        RuleSet rules = RuleSet.load(dir);
        Claim claim = TestClaims.professional().diagnosis("L97412")
                .line("15275").date("2025-06-02").pointers().done()
                .line("Q4293").units("16").date("2025-06-02").pointers("1", "x").done()
                .line("97597").date("2025-06-02").pointers("13").done()
                .line("11042").date("2025-06-02").pointers("2").done()
                .build();

        List<Finding> findings = rules.evaluate(claim).findings().stream()
                .filter(f -> f.ruleId().equals("DX-POINTER")).toList();

        assertEquals(List.of(1, 2, 3, 4), findings.stream().map(Finding::line).toList());
        for (Finding f : findings) {
            assertTrue(f.message().contains("line " + f.line()), f.message());
        }
    }
}

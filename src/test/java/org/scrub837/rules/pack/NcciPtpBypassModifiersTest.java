package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Issue #20 item 1: every NCCI-associated modifier of the NCCI Policy Manual (ch. I, "Modifiers and
 * Modifier Indicators") bypasses an indicator-1 edit, on the column 2 line or (bypassModifierLine:
 * either, shipped) on the column 1 line; with column2 only the column 2 line counts. Made-up edit
 * A0001/A0002 (indicator 1) in a practitioner table.
 */
class NcciPtpBypassModifiersTest {

    @TempDir
    static Path dir;
    @TempDir
    static Path column2Dir;
    private static RuleSet either;
    private static RuleSet column2;

    @BeforeAll
    static void load() throws IOException {
        either = load(dir, "either");
        column2 = load(column2Dir, "column2");
    }

    private static RuleSet load(Path d, String line) throws IOException {
        ShippedRules.copyTo(d);
        Files.writeString(d.resolve("pra.txt"), "Column 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\t"
                + "Deletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n"
                + "A0001\tA0002\t\t20200101\t*\t1\tMisuse of column two code with column one code\n");
        ShippedRules.edit(d.resolve("rules.yaml"), "  practitioner: []", "  practitioner: [pra.txt]");
        ShippedRules.edit(d.resolve("rules.yaml"), "bypassModifierLine: either", "bypassModifierLine: " + line);
        return RuleSet.load(d);
    }

    private static List<Finding> findings(RuleSet rules, Claim claim) {
        return rules.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals("NCCI-PTP")).toList();
    }

    @ParameterizedTest(name = "{0} on the column 2 line")
    @ValueSource(strings = {"E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "TA",
        "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LT", "RT", "LC", "LD", "RC", "LM", "RI", "24", "25",
        "57", "58", "78", "79", "27", "59", "91", "XE", "XS", "XP", "XU"})
    void everyNcciAssociatedModifierBypasses(String modifier) {
        Claim claim = TestClaims.professional().diagnosis("L97412").line("A0001", "1", "2025-06-02")
                .line("A0002").modifiers(modifier).date("2025-06-02").done().build();

        assertEquals(List.of(), findings(either, claim));
        assertEquals(List.of(), findings(column2, claim));
    }

    @ParameterizedTest(name = "{0} on the column 1 line: either {1}, column2 {2}")
    @CsvSource({"RT, 0, 1", "59, 0, 1", "AA, 1, 1"})
    void columnOneModifierCountsOnlyWhenEitherLineIsConfigured(String modifier, int withEither, int withColumn2) {
        Claim claim = TestClaims.professional().diagnosis("L97412").line("A0001").modifiers(modifier)
                .date("2025-06-02").done().line("A0002", "1", "2025-06-02").build();

        assertEquals(withEither, findings(either, claim).size());
        assertEquals(withColumn2, findings(column2, claim).size());
    }
}

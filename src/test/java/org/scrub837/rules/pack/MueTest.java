package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * MUE-LINE, MUE-DOS-POLICY and MUE-DOS-CLINICAL against the synthetic fixture tables in
 * src/test/resources/mue (codes X9991 MAI 1 max 2, X9992 MAI 2 max 1 (837P) or 3 (837I), X9993
 * MAI 3 max 4).
 */
class MueTest {

    private static final String DATE = "2025-06-02";

    @TempDir
    Path dir;

    private RuleSet rules;

    @BeforeEach
    void loadWithFixtureTables() throws IOException {
        ShippedRules.copyTo(dir);
        Files.copy(Path.of("src/test/resources/mue/practitioner-fixture.csv"), dir.resolve("pra.csv"));
        Files.copy(Path.of("src/test/resources/mue/outpatient-fixture.csv"), dir.resolve("oph.csv"));
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: null\n  outpatientHospital: null",
                "  practitioner: pra.csv\n  outpatientHospital: oph.csv");
        rules = RuleSet.load(dir);
    }

    private List<Finding> findings(Claim claim, String id) {
        return rules.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    static Stream<Arguments> lineCases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "2", "2", 0),
                Arguments.of(type, "3", "2", 1),
                Arguments.of(type, "3", "3", 2)));
    }

    @ParameterizedTest(name = "{0} X9991 lines of {1} and {2} units -> {3}")
    @MethodSource("lineCases")
    void lineEditJudgesEachLine(ClaimType type, String first, String second, int expected) {
        Claim claim = TestClaims.of(type).line("X9991", first, DATE).line("X9991", second, DATE).build();

        List<Finding> findings = findings(claim, "MUE-LINE");

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.REJECT, f.severity());
            assertTrue(f.message().contains("units exceed the MUE of 2 (MAI 1, line edit"), f.message());
        }
    }

    static Stream<Arguments> policyCases() {
        return Stream.of(
                Arguments.of(ClaimType.PROFESSIONAL, "1", "2025-06-03", 0),
                Arguments.of(ClaimType.PROFESSIONAL, "1", DATE, 1),
                Arguments.of(ClaimType.INSTITUTIONAL, "1", DATE, 0),
                Arguments.of(ClaimType.INSTITUTIONAL, "2", "2025-06-03", 0),
                Arguments.of(ClaimType.INSTITUTIONAL, "2", DATE, 1));
    }

    @ParameterizedTest(name = "{0} X9992 {1} unit(s) on two lines, the second on {2} -> {3}")
    @MethodSource("policyCases")
    void policyEditSumsUnitsPerDateOfService(ClaimType type, String units, String secondDate, int expected) {
        Claim claim = TestClaims.of(type)
                .line("X9992", units, DATE)
                .line("X9992", units, secondDate)
                .build();

        List<Finding> findings = findings(claim, "MUE-DOS-POLICY");

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.REJECT, f.severity());
            assertEquals(1, f.line());
            assertTrue(f.message().contains("on 2 lines exceed the MUE of " + (type == ClaimType.PROFESSIONAL ? 1 : 3)
                    + " per date of service (MAI 2"), f.message());
            assertTrue(f.message().contains(type == ClaimType.PROFESSIONAL ? "practitioner table"
                    : "outpatientHospital table"), f.message());
        }
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void clinicalEditWarns(ClaimType type) {
        Claim claim = TestClaims.of(type).line("X9993", "3", DATE).line("X9993", "2", DATE).build();

        List<Finding> findings = findings(claim, "MUE-DOS-CLINICAL");

        assertEquals(1, findings.size());
        assertEquals(Severity.WARN, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("5 units on 2 lines exceed the MUE of 4"),
                findings.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void withoutTablesNothingIsReported(ClaimType type) {
        Claim claim = TestClaims.of(type).line("X9991", "9", DATE).line("X9992", "9", DATE)
                .line("X9993", "9", DATE).line("15271", "1", DATE).line("Q4293", "900", DATE).build();

        assertEquals(List.of(), ShippedRules.evaluate(claim).findings().stream()
                .filter(f -> f.ruleId().startsWith("MUE-")).toList());
    }
}

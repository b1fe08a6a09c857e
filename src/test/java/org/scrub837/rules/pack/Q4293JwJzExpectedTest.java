package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

/** 837I claims here are critical access hospital bills (85x), where the product was separately payable (issue #20 item 6). */
class Q4293JwJzExpectedTest {

    private static final String ID = "Q4293-JWJZ-EXPECTED";

    @TempDir
    Path dir;

    private static Claim medicare(ClaimType type, String date, String... modifiers) {
        return TestClaims.of(type).facilityCode(type == ClaimType.INSTITUTIONAL ? "85" : "11")
                .line("15271", "1", date)
                .line("Q4293").units("16").modifiers(modifiers).date(date).done()
                .build();
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "2023-06-30", 0),
                Arguments.of(type, "2023-07-01", 1),
                Arguments.of(type, "2025-12-31", 1),
                Arguments.of(type, "2026-01-01", 0)));
    }

    @ParameterizedTest(name = "{0} Medicare DOS {1}, no JW/JZ -> {2}")
    @MethodSource("boundaries")
    void neitherModifierWarnsFrom2023_07To2025(ClaimType type, String date, int expected) {
        List<Finding> findings = ShippedRules.findings(medicare(type, date), ID);

        assertEquals(expected, findings.size());
        for (Finding f : findings) {
            assertEquals(Severity.WARN, f.severity());
            assertEquals(2, f.line());
            assertTrue(f.message().contains("carries neither JW nor JZ"), f.message());
        }
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void jzOrJwLinePasses(ClaimType type) {
        assertEquals(List.of(), ShippedRules.findings(medicare(type, "2024-06-03", "JZ"), ID));
        Claim withDiscard = TestClaims.of(type).facilityCode(type == ClaimType.INSTITUTIONAL ? "85" : "11")
                .line("15271", "1", "2024-06-03")
                .line("Q4293", "16", "2024-06-03")
                .line("Q4293").units("4").modifiers("JW").date("2024-06-03").done()
                .build();
        assertEquals(List.of(), ShippedRules.findings(withDiscard, ID));
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void commercialPayerIsNotChecked(ClaimType type) {
        Claim claim = TestClaims.of(type).facilityCode(type == ClaimType.INSTITUTIONAL ? "85" : "11").payer("CI", "ACME HEALTH", "55555")
                .line("15271", "1", "2024-06-03")
                .line("Q4293", "16", "2024-06-03")
                .build();

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
    }

    static Stream<Arguments> macCases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "11111", new String[] {}, null),
                Arguments.of(type, "11111", new String[] {"JZ"}, "which this MAC rejects on skin substitutes"),
                Arguments.of(type, "22222", new String[] {}, null),
                Arguments.of(type, "22222", new String[] {"JZ"}, "this MAC asks for neither JW nor JZ")));
    }

    /** Payer 11111 configured as jwOnly (NGS practice), 22222 as neither (CGS practice). */
    @ParameterizedTest(name = "{0} MAC {1} modifiers {2} -> {3}")
    @MethodSource("macCases")
    void perMacExpectation(ClaimType type, String payerId, String[] modifiers, String expected) throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "payerExpectations: {}",
                "payerExpectations: {\"11111\": jwOnly, \"22222\": neither}");
        RuleSet rules = RuleSet.load(dir);
        Claim claim = TestClaims.of(type).facilityCode(type == ClaimType.INSTITUTIONAL ? "85" : "11").payer("MB", "MEDICARE", payerId)
                .line("15271", "1", "2024-06-03")
                .line("Q4293").units("16").modifiers(modifiers).date("2024-06-03").done()
                .build();

        List<Finding> findings = rules.evaluate(claim).findings().stream().filter(f -> f.ruleId().equals(ID)).toList();

        if (expected == null) {
            assertEquals(List.of(), findings);
        } else {
            assertEquals(1, findings.size());
            assertTrue(findings.get(0).message().contains(expected), findings.get(0).message());
        }
    }
}

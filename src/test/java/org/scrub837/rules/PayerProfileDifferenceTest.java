package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.testing.TestClaims;

/** What each shipped payer profile changes, shown on one claim judged under it and under default. */
class PayerProfileDifferenceTest {

    private static Claim q4293Claim(String filing, String name, String date, String... modifiers) {
        // sent a month after the date of service: inside every filing limit, not before the service
        return TestClaims.professional().payer(filing, name, "00000").diagnosis("L97412")
                .transactionDate(java.time.LocalDate.parse(date).plusMonths(1).toString())
                .line("15271", "1", date)
                .line("Q4293").units("16").modifiers(modifiers).date(date).done()
                .build();
    }

    private static List<String> ruleIds(ClaimResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @ParameterizedTest(name = "{1} -> {2}, {3}")
    @CsvSource(delimiter = '|', value = {
        "CI|AETNA|aetna|Aetna CPB 0244",
        "BL|ANY BLUE PLAN|bcbs|BCBSA 7.01.113",
        "CI|CIGNA|cigna|Cigna coverage policy 0068",
        "CI|UNITEDHEALTHCARE|uhc|UHC skin-substitute medical policy",
    })
    void commercialProfileWarnsToCheckCoverage(String filing, String name, String profile, String authority) {
        ClaimResult result = ShippedRules.evaluate(q4293Claim(filing, name, "2025-06-02"));
        ClaimResult underDefault = ShippedRules.evaluate(q4293Claim("CI", "ACME HEALTH", "2025-06-02"));

        assertEquals(profile, result.payerProfile());
        assertEquals(List.of("Q4293-COVERAGE-CHECK"), ruleIds(result));
        Finding f = result.findings().get(0);
        assertEquals(Severity.WARN, f.severity());
        assertEquals(authority, f.authority());
        assertTrue(f.message().contains("prior authorization"), f.message());
        assertEquals("default", underDefault.payerProfile());
        assertEquals(List.of(), ruleIds(underDefault));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"2026-01-05, JZ", "2025-06-03, ''"})
    void medicareProfileAddsWastageRules(String date, String modifier) {
        String[] mods = modifier.isEmpty() ? new String[0] : new String[] {modifier};
        ClaimResult medicare = ShippedRules.evaluate(q4293Claim("MB", "MEDICARE", date, mods));
        ClaimResult other = ShippedRules.evaluate(q4293Claim("CI", "ACME HEALTH", date, mods));

        assertEquals("medicare", medicare.payerProfile());
        assertEquals(List.of(date.startsWith("2026") ? "Q4293-NO-JWJZ-2026" : "Q4293-JWJZ-EXPECTED"),
                ruleIds(medicare));
        assertEquals(List.of(), ruleIds(other));
    }

    @ParameterizedTest(name = "default profile file can change severity of {0}")
    @CsvSource({"Q4293-PAIRING"})
    void profileOverridesSeverity(String ruleId, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        ShippedRules.copyTo(dir);
        java.nio.file.Files.writeString(dir.resolve("payers/default.yaml"),
                "profile: default\nrules:\n  " + ruleId + ":\n    severity: warn\n");
        RuleSet rules = RuleSet.load(dir);
        Claim unpaired = TestClaims.professional().payer("CI", "ACME HEALTH", "10001").diagnosis("L97412")
                .line("Q4293", "16", "2025-06-02").build();

        ClaimResult result = rules.evaluate(unpaired);

        assertEquals(List.of(ruleId), ruleIds(result));
        assertEquals(Severity.WARN, result.findings().get(0).severity());
        assertEquals(false, result.rejected());
    }
}

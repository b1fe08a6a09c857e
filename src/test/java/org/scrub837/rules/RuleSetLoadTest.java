package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.ClaimResult;
import org.scrub837.testing.TestClaims;

class RuleSetLoadTest {

    @TempDir
    Path dir;

    private static String shippedRules() throws IOException {
        return Files.readString(ShippedRules.CONFIG_DIR.resolve("rules.yaml"));
    }

    private Path write(String rulesYaml) throws IOException {
        Files.writeString(dir.resolve("rules.yaml"), rulesYaml);
        return dir;
    }

    private String file() {
        return dir.resolve("rules.yaml").toString();
    }

    @Test
    void shippedConfigLoadsWithVersionAndPhaseOneRules() throws IOException {
        RuleSet rules = RuleSet.load(ShippedRules.CONFIG_DIR);

        assertEquals("2026.12.1", rules.version());
        assertTrue(rules.ruleIds("default").containsAll(List.of("X12-SYNTAX", "CLAIM-BALANCE", "Q4293-UNIT-BASIS",
                "Q4293-UNITS", "Q4293-PAIRING", "ADDON-BASE")), rules.ruleIds("default").toString());
    }

    @Test
    void cleanClaimIsAcceptedUnderDefaultProfile() throws IOException {
        RuleSet rules = RuleSet.load(write(shippedRules()));
        ClaimResult result = rules.evaluate(TestClaims.professional().payer("ZZ", "ANY PAYER", "99999")
                .diagnosis("L97412")
                .line("15271", "1", "2025-06-02").line("Q4293", "16", "2025-06-02").build());

        assertEquals("default", result.payerProfile());
        assertFalse(result.rejected(), result.findings().toString());
    }

    @Test
    void oneRejectingFindingRejectsTheClaim() throws IOException {
        ClaimResult result = RuleSet.load(write(shippedRules())).evaluate(TestClaims.professional()
                .diagnosis("L97412").line("Q4293", "16", "2025-06-02").build());

        assertTrue(result.rejected());
        assertEquals(List.of("Q4293-PAIRING"), result.findings().stream().map(f -> f.ruleId()).toList());
        assertEquals("Noridian skin-substitute codes; MAC articles A54117, A56696", result.findings().get(0).authority());
    }

    @Test
    void missingRulesFileIsAnIoErrorNamingTheFile() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> RuleSet.load(dir));

        assertEquals(file() + ": rule configuration file not found", e.getMessage());
    }

    @Test
    void invalidYamlIsAnIoErrorNamingFileAndLine() throws IOException {
        write("ruleSetVersion: \"1\"\nrules: [unclosed\n");

        IOException e = assertThrows(IOException.class, () -> RuleSet.load(dir));

        assertTrue(e.getMessage().startsWith(file() + ": not valid YAML at line "), e.getMessage());
    }

    @Test
    void disabledRuleDoesNotRun() throws IOException {
        RuleSet rules = RuleSet.load(write(shippedRules().replaceFirst(
                "(Q4293-PAIRING:\\n(?:.*\\n)*?    enabled: )true", "$1false")));

        assertFalse(rules.ruleIds("default").contains("Q4293-PAIRING"));
        assertFalse(rules.evaluate(TestClaims.professional().diagnosis("L97412")
                .line("Q4293", "16", "2025-06-02").build()).rejected());
    }

    @Test
    void configuredSeverityIsStamped() throws IOException {
        RuleSet rules = RuleSet.load(write(shippedRules().replaceFirst(
                "(Q4293-PAIRING:\\n(?:.*\\n)*?    severity: )reject", "$1warn")));

        ClaimResult result = rules.evaluate(TestClaims.professional().diagnosis("L97412")
                .line("Q4293", "16", "2025-06-02").build());

        assertFalse(result.rejected());
        assertEquals("warn", result.findings().get(0).severity().label());
    }

    /** Each broken configuration, made from the shipped one, and the exact message it earns. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "  ADDON-BASE:\\n|  ADDON-BASEX:\\n|rules.ADDON-BASEX: unknown rule id (known: [X12-SYNTAX, CLAIM-BALANCE, Q4293-UNIT-BASIS, Q4293-UNITS, Q4293-PAIRING, ADDON-BASE",
        "severity: reject\\n    authority: CPT|severity: rejct\\n    authority: CPT|rules.ADDON-BASE.severity: 'rejct' is not a severity (expected reject or warn)",
        "    enabled: true\\n    severity: reject\\n    authority: CPT|    enabled: yes please\\n    severity: reject\\n    authority: CPT|rules.ADDON-BASE.enabled: 'yes please' is not true or false",
        "ruleSetVersion: \"2026.12.1\"|ruleSetVersion: \"\"|ruleSetVersion: empty",
        "ruleSetVersion: \"2026.12.1\"|rulesetVersion: \"2026.12.1\"|rulesetVersion: unknown key (allowed here: [codeLists, codeMaps, mueTables, ptpTables, ruleSetVersion, rules])",
        "addOnBase: applicationAddOnBase|addOnBase: noSuchMap|rules.ADDON-BASE.parameters.addOnBase: no code map 'noSuchMap' under codeMaps (known: [abMacJurisdictionByState, applicationAddOnBase",
        "addOnBase: applicationAddOnBase|addOnBase: applicationAddOnBase\\n      tolerance: 1|rules.ADDON-BASE.parameters.tolerance: unknown parameter for rule ADDON-BASE",
        "applications: [skinSubstituteApplicationCpt, skinSubstituteApplicationOpps]|applications: [skinSubstitutes]|rules.Q4293-PAIRING.parameters.applications: no code list 'skinSubstitutes' under codeLists (known: [hospitalOutpatientClinicVisit, nursingFacilityEvaluationManagement, officeVisitEvaluationManagement, skinSubstituteApplicationCpt, skinSubstituteApplicationOpps, skinSubstituteProducts])",
        "      effectiveTo: 2025-12-31|      effectiveTo: 2025-13-31|codeLists.skinSubstituteApplicationOpps[0].effectiveTo: '2025-13-31' is not a date (expected yyyy-mm-dd)",
        "      claimTypes: [\"837I\"]|      claimTypes: [\"UB04\"]|codeLists.skinSubstituteApplicationOpps[0].claimTypes[0]: 'UB04' is not a claim type (expected 837P or 837I)",
    })
    void brokenConfigNamesFileAndKey(String find, String replace, String expectedMessage) throws IOException {
        String original = shippedRules();
        String broken = original.replace(find.replace("\\n", "\n"), replace.replace("\\n", "\n"));
        assertFalse(broken.equals(original), "fixture did not change the config: " + find);
        write(broken);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));

        assertTrue(e.getMessage().startsWith(file() + ": " + expectedMessage), e.getMessage());
    }

    @Test
    void ruleLeftOutOfTheConfigIsAnError() throws IOException {
        String original = shippedRules();
        int start = original.indexOf("  ADDON-BASE:");
        write(original.substring(0, start));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));

        assertEquals(file() + ": rules.ADDON-BASE: missing: every rule of this build must be configured "
                + "(set enabled: false to turn it off)", e.getMessage());
    }

    @Test
    void periodEndingBeforeItStartsIsAnError() throws IOException {
        write(shippedRules().replace("      effectiveFrom: null\n      effectiveTo: 2025-12-31",
                "      effectiveFrom: 2026-01-01\n      effectiveTo: 2025-12-31"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));

        assertEquals(file() + ": codeLists.skinSubstituteApplicationOpps[0].effectiveTo: effectiveTo 2025-12-31 is before "
                + "effectiveFrom 2026-01-01", e.getMessage());
    }
}

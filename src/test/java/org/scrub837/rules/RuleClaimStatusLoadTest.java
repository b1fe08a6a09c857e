package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.ClaimResult;
import org.scrub837.testing.TestClaims;

/** Each rule's 277CA claim status comes from its rules.yaml block and rides on its findings. */
class RuleClaimStatusLoadTest {

    private static final String PAIRING_STATUS = "    authority: Noridian skin-substitute codes; MAC articles A54117, A56696\n"
            + "    claimStatus: A6:454\n";

    @TempDir
    Path dir;

    private String shipped() throws IOException {
        return Files.readString(ShippedRules.CONFIG_DIR.resolve("rules.yaml"));
    }

    private void write(String yaml) throws IOException {
        Files.writeString(dir.resolve("rules.yaml"), yaml);
    }

    /** The claim statuses of the Q4293-PAIRING findings on a product line without its application. */
    private static List<String> pairingStatuses(RuleSet rules) {
        ClaimResult result = rules.evaluate(TestClaims.professional().diagnosis("L97412")
                .line("Q4293", "16", "2025-06-02").build());
        return result.findings().stream().filter(f -> f.ruleId().equals("Q4293-PAIRING")).map(f -> f.claimStatus())
                .toList();
    }

    @Test
    void findingCarriesItsRulesShippedClaimStatus() throws IOException {
        assertEquals(List.of("A6:454"), pairingStatuses(RuleSet.load(ShippedRules.CONFIG_DIR)));
    }

    @Test
    void findingCarriesTheConfiguredClaimStatus() throws IOException {
        String yaml = shipped();
        String changed = yaml.replace(PAIRING_STATUS, PAIRING_STATUS.replace("A6:454", "A7:21"));
        assertNotEquals(yaml, changed, "fixture did not change the config");
        write(changed);

        assertEquals(List.of("A7:21"), pairingStatuses(RuleSet.load(dir)));
    }

    @ParameterizedTest(name = "claimStatus ''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
        "|rules.Q4293-PAIRING.claimStatus: missing: every rule needs its 277CA claim status",
        "A6454|rules.Q4293-PAIRING.claimStatus: 'A6454' is not a 277CA claim status",
        "A7:476:1|rules.Q4293-PAIRING.claimStatus: 'A7:476:1' is not a 277CA claim status",
    })
    void missingOrMalformedClaimStatusFailsNamingFileAndRule(String value, String expected) throws IOException {
        String yaml = shipped();
        String replacement = value == null ? "    authority: Noridian skin-substitute codes; MAC articles A54117, A56696\n"
                : PAIRING_STATUS.replace("A6:454", value);
        String changed = yaml.replace(PAIRING_STATUS, replacement);
        assertNotEquals(yaml, changed, "fixture did not change the config");
        write(changed);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));

        String prefix = dir.resolve("rules.yaml") + ": " + expected;
        assertEquals(prefix, e.getMessage().substring(0, Math.min(prefix.length(), e.getMessage().length())),
                e.getMessage());
    }
}

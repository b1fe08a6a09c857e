package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayerProfileLoadTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "profile: aetna\\nrules:\\n  NO-SUCH-RULE:\\n    enabled: true\\n|rules.NO-SUCH-RULE: unknown rule id (known: [X12-SYNTAX",
        "profile: acme\\n|profile: 'acme' does not match the file name (expected aetna)",
        "profile: aetna\\nmatch:\\n  payerName: [AETNA]\\n|match.payerName: unknown key (allowed here: [filingIndicators, payerIds, payerNames])",
        "profile: aetna\\nrules:\\n  Q4293-PAIRING:\\n    severity: high\\n|rules.Q4293-PAIRING.severity: 'high' is not a severity (expected reject or warn)",
    })
    void brokenProfileNamesFileAndKey(String yaml, String expected) throws IOException {
        ShippedRules.copyTo(dir);
        Path file = dir.resolve("payers/aetna.yaml");
        Files.writeString(file, yaml.replace("\\n", "\n"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));

        assertEquals(true, e.getMessage().startsWith(file + ": " + expected), e.getMessage());
    }
}

package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;

/**
 * Every rule that runs under some payer profile of the shipped configuration is listed in
 * edi-samples/expected.tsv for at least one claim of each claim type it applies to (SampleOutcomesTest
 * checks that the listed rules fire). Left out, with the reason: X12-SYNTAX (the samples must be
 * syntax-clean), the MUE and NCCI PTP rules (no CMS table is shipped; SampleOutcomesTest plugs in the
 * made-up tables of src/test/resources/sample-tables, and the samples that show them are listed where they apply, not
 * for every claim type), and the rules of the other claim type only.
 */
class SampleRuleCoverageTest {

    private static final Set<String> NEVER_IN_SAMPLES = Set.of("X12-SYNTAX", "MUE-LINE", "MUE-DOS-POLICY",
            "MUE-DOS-CLINICAL", "NCCI-PTP", "MUE-DOS-POLICY-CLAIMS", "MUE-DOS-CLINICAL-CLAIMS");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "837P | Q4293-INPATIENT-TOB",
        "837I | DX-POINTER Q4293-FACILITY-POS",
    })
    void everyRunningRuleIsExpectedInSomeSample(String folder, String otherTypeOnly) throws IOException {
        RuleSet rules = ShippedRules.ruleSet();
        Set<String> running = new TreeSet<>();
        rules.profileNames().forEach(profile -> running.addAll(rules.ruleIds(profile)));
        running.removeAll(NEVER_IN_SAMPLES);
        running.removeAll(List.of(otherTypeOnly.split(" ")));

        Set<String> listed = new TreeSet<>();
        List<String> rows = Files.readAllLines(Path.of("edi-samples", "expected.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t", -1);
            if (cells[0].startsWith(folder + "/") && !cells[3].isEmpty()) {
                List.of(cells[3].split(",")).stream().filter(r -> !r.startsWith("!")).forEach(listed::add);
            }
        }
        Set<String> missing = new TreeSet<>(running);
        missing.removeAll(listed);
        assertEquals(Set.of(), missing, "rules no " + folder + " sample is expected to fire");
    }
}

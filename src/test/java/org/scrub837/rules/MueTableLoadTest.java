package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MueTableLoadTest {

    @TempDir
    Path dir;

    private void configure(String csv) throws IOException {
        ShippedRules.copyTo(dir);
        Files.writeString(dir.resolve("pra.csv"), csv);
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: null", "  practitioner: pra.csv");
    }

    @Test
    void missingTableFileNamesFileAndKey() throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: null", "  practitioner: nowhere.csv");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> RuleSet.load(dir));

        assertEquals(dir.resolve("nowhere.csv") + ": MUE table configured at " + dir.resolve("rules.yaml")
                + ": mueTables.practitioner not found", e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator\\nX1,two,1|line 2: MUE value 'two' is not a whole number",
        "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator\\nX1,2,7 Other|line 2: MUE adjudication indicator '7 Other' is not 1, 2 or 3",
        "HCPCS/CPT Code,Practitioner Services MUE Values\\nX1,2|line 1: header has no MUE Adjudication Indicator column",
        "just a note\\nX1,2,1|no header line with an HCPCS/CPT code column and an MUE value column",
    })
    void brokenTableNamesFileAndLine(String csv, String expected) throws IOException {
        configure(csv.replace("\\n", "\n"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));

        assertEquals(dir.resolve("pra.csv") + ": " + expected, e.getMessage());
    }
}

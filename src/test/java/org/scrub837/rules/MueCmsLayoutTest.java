package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.rules.config.RuleSetLoader;

/**
 * The MUE loader reads the CMS quarterly layouts of the practitioner, outpatient hospital and DME
 * supplier files, as CSV or tab-separated text, with CMS's preamble and the adjudication indicator
 * written with its label. Codes and values below are made up for the test (none is shipped).
 */
class MueCmsLayoutTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "practitioner, Practitioner Services MUE Values, csv",
        "practitioner, Practitioner Services MUE Values, tsv",
        "outpatientHospital, Outpatient Hospital Services MUE Values, csv",
        "outpatientHospital, Outpatient Hospital Services MUE Values, tsv",
        "dme, DME Supplier Services MUE Values, csv",
        "dme, DME Supplier Services MUE Values, tsv"})
    void cmsQuarterlyLayoutIsRead(String table, String valueColumn, String format) throws IOException {
        String sep = format.equals("csv") ? "," : "\t";
        String text = "\u00A9 2025 American Medical Association (made-up test rows)\n"
                + "Medically Unlikely Edits effective 2026-01-01\n"
                + String.join(sep, "HCPCS/CPT Code", valueColumn, "MUE Adjudication Indicator", "MUE Rationale") + "\n"
                + String.join(sep, "A0001", "1", "1 Line Edit", "Anatomic Consideration") + "\n"
                + String.join(sep, "A0002", "4", "2 Date of Service Edit: Policy", "Nature of Service/Procedure") + "\n"
                + String.join(sep, "A0003", "30", "3 Date of Service Edit: Clinical", "Clinical: Data") + "\n";
        ShippedRules.copyTo(dir);
        Files.write(dir.resolve("mue." + format), text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        ShippedRules.edit(dir.resolve("rules.yaml"), "  " + table + ": null", "  " + table + ": mue." + format);

        MueTable loaded = RuleSetLoader.codes(dir).mueTable(table).orElseThrow();

        assertEquals(new MueTable.Edit(1, 1, "Anatomic Consideration"), loaded.edit("A0001").orElseThrow());
        assertEquals(new MueTable.Edit(4, 2, "Nature of Service/Procedure"), loaded.edit("A0002").orElseThrow());
        assertEquals(new MueTable.Edit(30, 3, "Clinical: Data"), loaded.edit("A0003").orElseThrow());
    }
}

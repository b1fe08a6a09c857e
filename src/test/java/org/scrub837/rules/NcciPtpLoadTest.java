package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.rules.config.RuleSetLoader;

/**
 * The NCCI PTP loader reads the CMS quarterly file layout: a preamble, then the header "Column 1 /
 * Column 2 / * = In existence prior to 1996 / Effective Date / Deletion Date *=no data / Modifier
 * 0=not allowed 1=allowed 9=not applicable / PTP Edit Rationale", tab-separated or CSV, and a table
 * split into several files. The pairs below are made up for the test (no CMS edit is shipped).
 */
class NcciPtpLoadTest {

    static final String PREAMBLE = "CPT only copyright 2025 American Medical Association. All rights reserved.\n"
            + "Practitioner PTP Edits v321r0 (made-up test rows)\n";
    static final String HEADER_TSV = "Column 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\t"
            + "Deletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n";

    @TempDir
    Path dir;

    private RuleSet configure(String ptpLine, String... files) throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: []", ptpLine);
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        return RuleSetLoader.load(dir);
    }

    @Test
    void tabSeparatedCmsLayoutIsRead() throws IOException {
        configure("  practitioner: [ptp.txt]", "ptp.txt", PREAMBLE + HEADER_TSV
                + "A0001\tA0002\t*\t20200101\t*\t1\tMisuse of column two code with column one code\n"
                + "A0001\tA0003\t\t20200101\t20221231\t0\tMutually exclusive procedures\n");

        PtpTable table = loaded();

        assertEquals(2, table.size());
        assertEquals(1, table.edit("A0001", "A0002", LocalDate.of(2026, 1, 5)).orElseThrow().modifierIndicator());
        assertTrue(table.edit("A0001", "A0003", LocalDate.of(2022, 12, 31)).isPresent());
        assertTrue(table.edit("A0001", "A0003", LocalDate.of(2023, 1, 1)).isEmpty());
        assertTrue(table.edit("A0001", "A0002", LocalDate.of(2019, 12, 31)).isEmpty());
        assertTrue(table.edit("A0002", "A0001", LocalDate.of(2026, 1, 5)).isEmpty(), "edits have a direction");
        assertTrue(table.edit("a0001", "A0002", LocalDate.of(2026, 1, 5)).isEmpty(), "codes compared as sent");
    }

    @Test
    void csvPartsMakeOneTable() throws IOException {
        String header = "\"Column 1\",\"Column 2\",\"* = In existence prior to 1996\",\"Effective Date\","
                + "\"Deletion Date *=no data\",\"Modifier 0=not allowed 1=allowed 9=not applicable\","
                + "\"PTP Edit Rationale\"\n";
        configure("  practitioner: [ptp-f1.csv, ptp-f2.csv]",
                "ptp-f1.csv", PREAMBLE + header + "A0001,A0002,,20200101,*,1,\"Standards of medical, surgical\"\n",
                "ptp-f2.csv", header + "B0001,B0002,,20210401,,9,Misuse\n");

        PtpTable table = loaded();

        assertEquals(2, table.size());
        assertEquals(9, table.edit("B0001", "B0002", LocalDate.of(2026, 1, 5)).orElseThrow().modifierIndicator());
    }

    private PtpTable loaded() throws IOException {
        return RuleSetLoader.codes(dir).ptpTable("practitioner").orElseThrow();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Column 1\\tColumn 2\\tEffective Date\\tDeletion Date\\tModifier\\nA0001\\tA0002\\t2020-01-01\\t*\\t1|line 2: effective date '2020-01-01' is not a date (expected yyyymmdd)",
        "Column 1\\tColumn 2\\tEffective Date\\tDeletion Date\\tModifier\\nA0001\\tA0002\\t20200101\\t*\\t2|line 2: modifier indicator '2' is not 0, 1 or 9",
        "Column 1\\tColumn 2\\tEffective Date\\tDeletion Date\\tModifier\\nA001\\tA0002\\t20200101\\t*\\t1|line 2: column 1 'A001' and column 2 'A0002' must be five-character HCPCS/CPT codes",
        "Column 1\\tColumn 2\\tEffective Date\\nA0001\\tA0002\\t20200101|line 1: header needs Effective Date, Deletion Date and Modifier columns besides Column 1 and Column 2",
        "a note only\\n|no header line with Column 1 and Column 2 columns",
    })
    void brokenFileNamesFileAndLine(String content, String expected) throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: []", "  practitioner: [ptp.txt]");
        Files.writeString(dir.resolve("ptp.txt"), content.replace("\\t", "\t").replace("\\n", "\n"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load(dir));

        assertEquals(dir.resolve("ptp.txt") + ": " + expected, e.getMessage());
    }

    @Test
    void missingFileNamesFileAndKey() throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: []", "  practitioner: [nowhere.txt]");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> RuleSet.load(dir));

        assertEquals(dir.resolve("nowhere.txt") + ": NCCI PTP table configured at " + dir.resolve("rules.yaml")
                + ": ptpTables.practitioner not found", e.getMessage());
    }
}

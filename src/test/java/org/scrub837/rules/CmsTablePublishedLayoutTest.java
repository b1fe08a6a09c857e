package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.rules.config.CmsTableException;
import org.scrub837.rules.config.CmsTables;

/**
 * Issue #20 item 3: the CMS files as CMS publishes them, through the public entry point CmsTables.
 * The MUE CSV starts with a quoted notice over several lines and its header cell "HCPCS/<newline>CPT
 * Code" holds a line break inside quotes (CRLF line ends); the PTP text file has banner rows above a
 * header CMS wraps over several rows. Fixtures: src/test/resources/sample-tables (made-up values).
 */
class CmsTablePublishedLayoutTest {

    private static final Path TABLES = Path.of("src/test/resources/sample-tables");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mue-practitioner-sample.csv, 11042, 3, 2", "mue-practitioner-sample.csv, 01462, 1, 1",
        "mue-outpatient-hospital-sample.csv, 97597, 1, 1"})
    void mueCsvWithQuotedMultiLineNoticeAndHeaderIsRead(String file, String code, int value, int mai)
            throws IOException {
        MueTable table = CmsTables.readMue("t", TABLES.resolve(file));

        MueTable.Edit edit = table.edit(code).orElseThrow();
        assertEquals(value, edit.maxUnits());
        assertEquals(mai, edit.indicator());
        assertEquals("Sample value, made up", edit.rationale());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ptp-practitioner-sample.txt", "ptp-outpatient-hospital-sample.txt"})
    void ptpTextWithBannerAndWrappedHeaderIsRead(String file) throws IOException {
        PtpTable table = CmsTables.readPtp("t", List.of(TABLES.resolve(file)));

        assertEquals(1, table.size());
        assertEquals(1, table.edit("11042", "97597", LocalDate.of(2025, 6, 2)).orElseThrow().modifierIndicator());
    }

    @Test
    void aBrokenRowAfterAMultiLineCellIsNamedByFileAndLine() {
        String csv = "\"Notice line one\r\nline two\r\nline three\",,,\r\n\r\n\"HCPCS/\r\nCPT Code\","
                + "\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\",\"MUE Rationale\"\r\n"
                + "\"A0001\",\"1\",\"1 Line Edit\",\"x\"\r\n\"A0002\",\"one\",\"1 Line Edit\",\"x\"\r\n";

        CmsTableException e = assertThrows(CmsTableException.class, () -> CmsTables.readMue("t", "upload.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.ISO_8859_1))));

        assertEquals("upload.csv: line 8: MUE value 'one' is not a whole number", e.getMessage());
        assertEquals(8, e.line());
        assertEquals("upload.csv", e.source());
    }

    @Test
    void aQuoteLeftOpenIsACmsTableError() {
        String csv = "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator\n"
                + "A0001,1,1\n\"A0002,2,1\n";

        CmsTableException e = assertThrows(CmsTableException.class, () -> CmsTables.readMue("t", "open.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.ISO_8859_1))));

        assertTrue(e.getMessage().startsWith("open.csv: line 3: not readable as CSV"), e.getMessage());
    }
}

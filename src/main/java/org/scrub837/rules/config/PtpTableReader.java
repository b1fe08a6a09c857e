package org.scrub837.rules.config;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.scrub837.rules.PtpTable;

/**
 * Reads a CMS NCCI procedure-to-procedure edit file as CMS publishes it (practitioner or
 * outpatient hospital edition, Medicare or Medicaid; tab-separated text, or CSV): banner rows
 * (copyright, title) above the header, which is the first record naming a column 1 and a column 2
 * column, and must also name the effective date, deletion date and modifier indicator columns.
 * Records between the header and the first edit that hold no code (the rest of a header CMS wraps
 * over two rows, blank rows) are skipped. Dates are yyyymmdd; a deletion date of "*" (or empty)
 * means none.
 */
final class PtpTableReader {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PtpTableReader() {
    }

    /** Reads one file into the builder (a table may come in several files). */
    static void read(String source, InputStream in, PtpTable.Builder into) throws IOException {
        try (CmsRecords records = new CmsRecords(source, in)) {
            read(records, into);
        }
    }

    private static void read(CmsRecords records, PtpTable.Builder into) {
        int col1 = -1;
        int col2 = -1;
        int effectiveCol = -1;
        int deletionCol = -1;
        int modifierCol = -1;
        boolean header = false;
        boolean edits = false;
        String[] cells;
        while ((cells = records.next()) != null) {
            if (!header) {
                col1 = col2 = effectiveCol = deletionCol = modifierCol = -1;
                for (int i = 0; i < cells.length; i++) {
                    String c = CmsRecords.meaning(cells[i]).replace(" ", "");
                    if (c.startsWith("COLUMN1") || c.equals("COL1")) {
                        col1 = col1 < 0 ? i : col1;
                    } else if (c.startsWith("COLUMN2") || c.equals("COL2")) {
                        col2 = col2 < 0 ? i : col2;
                    } else if (c.contains("EFFECTIVE")) {
                        effectiveCol = i;
                    } else if (c.contains("DELETION")) {
                        deletionCol = i;
                    } else if (c.startsWith("MODIFIER")) {
                        modifierCol = i;
                    }
                }
                if (col1 >= 0 && col2 >= 0) {
                    if (effectiveCol < 0 || deletionCol < 0 || modifierCol < 0) {
                        throw records.problem("header needs Effective Date, Deletion Date and Modifier "
                                + "columns besides Column 1 and Column 2");
                    }
                    header = true;
                }
                continue;
            }
            String a = CmsRecords.cell(cells, col1);
            String b = CmsRecords.cell(cells, col2);
            if (!edits && !a.matches("[A-Z0-9]+")) {
                continue; // the header's second row or a blank row, before the first edit
            }
            if (a.isEmpty() && CmsRecords.blank(cells)) {
                continue;
            }
            if (!PtpTable.isCode(a) || !PtpTable.isCode(b)) {
                throw records.problem("column 1 '" + a + "' and column 2 '" + b
                        + "' must be five-character HCPCS/CPT codes");
            }
            edits = true;
            LocalDate effective = date(records, "effective date", CmsRecords.cell(cells, effectiveCol));
            String deletionText = CmsRecords.cell(cells, deletionCol);
            LocalDate deletion = deletionText.isEmpty() || deletionText.equals("*") ? null
                    : date(records, "deletion date", deletionText);
            String modifier = CmsRecords.cell(cells, modifierCol);
            if (!modifier.equals("0") && !modifier.equals("1") && !modifier.equals("9")) {
                throw records.problem("modifier indicator '" + modifier + "' is not 0, 1 or 9");
            }
            into.add(a, b, effective, deletion, modifier.charAt(0) - '0');
        }
        if (!header) {
            throw new CmsTableException(records.source(), 0, "no header line with Column 1 and Column 2 columns");
        }
    }

    private static LocalDate date(CmsRecords records, String what, String text) {
        try {
            return LocalDate.parse(text, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw records.problem(what + " '" + text + "' is not a date (expected yyyymmdd)");
        }
    }
}

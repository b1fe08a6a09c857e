package org.scrub837.rules.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.scrub837.rules.PtpTable;

/**
 * Reads a CMS NCCI procedure-to-procedure edit file as CMS publishes it (practitioner or
 * outpatient hospital edition, tab-separated text or CSV): columns "Column 1", "Column 2",
 * "* = In existence prior to 1996", "Effective Date", "Deletion Date *=no data",
 * "Modifier 0=not allowed 1=allowed 9=not applicable" and "PTP Edit Rationale". The copyright and
 * title lines above the header are skipped: the header is the first line naming a column 1 and a
 * column 2 column. Dates are yyyymmdd; a deletion date of "*" (or empty) means none.
 */
final class PtpTableReader {

    private static final String UTF8_BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PtpTableReader() {
    }

    /** Reads one file into the builder (a table may come in several files). */
    static void read(String source, BufferedReader in, PtpTable.Builder into) throws IOException {
        int col1 = -1;
        int col2 = -1;
        int effectiveCol = -1;
        int deletionCol = -1;
        int modifierCol = -1;
        boolean header = false;
        boolean tabs = false;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith(UTF8_BOM_AS_LATIN1)) {
                line = line.substring(UTF8_BOM_AS_LATIN1.length());
            }
            if (!header) {
                tabs = line.indexOf('\t') >= 0;
                List<String> cells = Cells.split(line, tabs);
                col1 = col2 = effectiveCol = deletionCol = modifierCol = -1;
                for (int i = 0; i < cells.size(); i++) {
                    String c = cells.get(i).toUpperCase(Locale.ROOT).replace(" ", "");
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
                        throw new IllegalArgumentException(source + ": line " + lineNo + ": header needs Effective "
                                + "Date, Deletion Date and Modifier columns besides Column 1 and Column 2");
                    }
                    header = true;
                }
                continue;
            }
            List<String> cells = Cells.split(line, tabs);
            String a = Cells.cell(cells, col1);
            if (a.isEmpty()) {
                continue;
            }
            String b = Cells.cell(cells, col2);
            if (!PtpTable.isCode(a) || !PtpTable.isCode(b)) {
                throw new IllegalArgumentException(source + ": line " + lineNo + ": column 1 '" + a + "' and column 2 '"
                        + b + "' must be five-character HCPCS/CPT codes");
            }
            LocalDate effective = date(source, lineNo, "effective date", Cells.cell(cells, effectiveCol));
            String deletionText = Cells.cell(cells, deletionCol);
            LocalDate deletion = deletionText.isEmpty() || deletionText.equals("*") ? null
                    : date(source, lineNo, "deletion date", deletionText);
            String modifier = Cells.cell(cells, modifierCol);
            if (!modifier.equals("0") && !modifier.equals("1") && !modifier.equals("9")) {
                throw new IllegalArgumentException(source + ": line " + lineNo + ": modifier indicator '" + modifier
                        + "' is not 0, 1 or 9");
            }
            into.add(a, b, effective, deletion, modifier.charAt(0) - '0');
        }
        if (!header) {
            throw new IllegalArgumentException(source + ": no header line with Column 1 and Column 2 columns");
        }
    }

    private static LocalDate date(String source, int lineNo, String what, String text) {
        try {
            return LocalDate.parse(text, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + ": line " + lineNo + ": " + what + " '" + text
                    + "' is not a date (expected yyyymmdd)");
        }
    }
}

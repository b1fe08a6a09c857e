package org.scrub837.rules.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scrub837.rules.MueTable;

/**
 * Reads a CMS MUE table as CMS publishes it (practitioner, outpatient hospital or DME supplier
 * services; the Medicare or the Medicaid edition), CSV or tab-separated: a notice above the header
 * (in the CSV a quoted cell spanning several lines), then a header whose cells are located by
 * meaning, whatever their line breaks: the code column ("HCPCS/CPT Code", also written
 * "HCPCS/<newline>CPT Code"), the MUE value column ("... Services MUE Values"), the MUE adjudication
 * indicator (required) and the rationale (optional). The header is the first record with a code
 * column and an MUE value column. The indicator may be a digit or carry its label
 * ("2 Date of Service Edit: Policy").
 */
final class MueTableReader {

    private MueTableReader() {
    }

    static MueTable read(String name, String source, InputStream in) throws IOException {
        try (CmsRecords records = new CmsRecords(source, in)) {
            return read(name, records);
        }
    }

    private static MueTable read(String name, CmsRecords records) {
        int codeCol = -1;
        int valueCol = -1;
        int maiCol = -1;
        int rationaleCol = -1;
        boolean header = false;
        Map<String, MueTable.Edit> edits = new LinkedHashMap<>();
        String[] cells;
        while ((cells = records.next()) != null) {
            if (!header) {
                codeCol = valueCol = maiCol = rationaleCol = -1;
                for (int i = 0; i < cells.length; i++) {
                    String c = CmsRecords.meaning(cells[i]);
                    if (c.length() > 80) {
                        continue; // a notice, not a header cell
                    }
                    if (c.contains("HCPCS") || c.equals("CPT CODE") || c.contains("CPT/HCPCS")) {
                        codeCol = codeCol < 0 ? i : codeCol;
                    } else if (c.contains("ADJUDICATION") || c.equals("MAI")) {
                        maiCol = i;
                    } else if (c.contains("RATIONALE")) {
                        rationaleCol = i;
                    } else if (c.contains("MUE") && c.contains("VALUE")) {
                        valueCol = i;
                    }
                }
                if (codeCol >= 0 && valueCol >= 0) {
                    if (maiCol < 0) {
                        throw records.problem("header has no MUE Adjudication Indicator column");
                    }
                    header = true;
                }
                continue;
            }
            String code = CmsRecords.cell(cells, codeCol);
            if (code.isEmpty()) {
                continue;
            }
            String value = CmsRecords.cell(cells, valueCol);
            String mai = CmsRecords.cell(cells, maiCol);
            int max;
            try {
                max = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw records.problem("MUE value '" + value + "' is not a whole number");
            }
            if (mai.isEmpty() || mai.charAt(0) < '1' || mai.charAt(0) > '3') {
                throw records.problem("MUE adjudication indicator '" + mai + "' is not 1, 2 or 3");
            }
            edits.put(code, new MueTable.Edit(max, mai.charAt(0) - '0', CmsRecords.cell(cells, rationaleCol)));
        }
        if (!header) {
            throw new CmsTableException(records.source(), 0, "no header line with an HCPCS/CPT code column and an "
                    + "MUE value column");
        }
        return new MueTable(name, records.source(), edits);
    }
}

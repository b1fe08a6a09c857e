package org.scrub837.rules.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scrub837.rules.MueTable;

/**
 * Reads a CMS MUE table in the quarterly layout CMS publishes (practitioner, outpatient hospital or
 * DME supplier services), saved as CSV or as tab-separated text: columns "HCPCS/CPT Code",
 * "Practitioner Services MUE Values" / "Outpatient Hospital Services MUE Values" / "DME Supplier
 * Services MUE Values", "MUE Adjudication Indicator" and "MUE Rationale". The copyright and title lines CMS puts above the header are skipped: the
 * header is the first line naming both a code column and an MUE value column. The indicator may be
 * written as a digit or with its label ("2 Date of Service Edit: Policy").
 */
final class MueTableReader {

    /** A UTF-8 byte-order mark as the Latin-1 decoder sees it. */
    private static final String UTF8_BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";

    private MueTableReader() {
    }

    static MueTable read(String name, String source, BufferedReader in) throws IOException {
        int codeCol = -1;
        int valueCol = -1;
        int maiCol = -1;
        int rationaleCol = -1;
        Map<String, MueTable.Edit> edits = new LinkedHashMap<>();
        String line;
        int lineNo = 0;
        boolean header = false;
        boolean tabs = false;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith(UTF8_BOM_AS_LATIN1)) {
                line = line.substring(UTF8_BOM_AS_LATIN1.length());
            }
            if (!header) {
                tabs = line.indexOf('\t') >= 0;
            }
            List<String> cells = Cells.split(line, tabs);
            if (!header) {
                for (int i = 0; i < cells.size(); i++) {
                    String c = cells.get(i).toUpperCase(Locale.ROOT);
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
                        throw new IllegalArgumentException(source + ": line " + lineNo
                                + ": header has no MUE Adjudication Indicator column");
                    }
                    header = true;
                } else {
                    codeCol = valueCol = maiCol = rationaleCol = -1;
                }
                continue;
            }
            String code = cell(cells, codeCol);
            if (code.isEmpty()) {
                continue;
            }
            String value = cell(cells, valueCol);
            String mai = cell(cells, maiCol);
            int max;
            try {
                max = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": line " + lineNo + ": MUE value '" + value
                        + "' is not a whole number");
            }
            if (mai.isEmpty() || mai.charAt(0) < '1' || mai.charAt(0) > '3') {
                throw new IllegalArgumentException(source + ": line " + lineNo + ": MUE adjudication indicator '"
                        + mai + "' is not 1, 2 or 3");
            }
            edits.put(code, new MueTable.Edit(max, mai.charAt(0) - '0', cell(cells, rationaleCol)));
        }
        if (!header) {
            throw new IllegalArgumentException(source + ": no header line with an HCPCS/CPT code column and an "
                    + "MUE value column");
        }
        return new MueTable(name, source, edits);
    }

    private static String cell(List<String> cells, int col) {
        return col >= 0 && col < cells.size() ? cells.get(col).trim() : "";
    }

    /** Splits one CSV line: commas, double-quoted cells, "" inside quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}

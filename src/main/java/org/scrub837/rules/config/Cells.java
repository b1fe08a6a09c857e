package org.scrub837.rules.config;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of a CMS table saved as CSV (commas, double quotes) or as tab-separated text. */
final class Cells {

    private Cells() {
    }

    static List<String> split(String line, boolean tabs) {
        if (tabs) {
            List<String> out = new ArrayList<>();
            for (String c : line.split("\t", -1)) {
                out.add(unquote(c));
            }
            return out;
        }
        return MueTableReader.split(line);
    }

    static String cell(List<String> cells, int col) {
        return col >= 0 && col < cells.size() ? cells.get(col).trim() : "";
    }

    private static String unquote(String c) {
        String t = c.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}

package org.scrub837.rules.config;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The records of a CMS table file as CMS publishes it, read with a real CSV parser (Jackson CSV):
 * comma-separated with double quotes (a quoted cell may hold commas, doubled quotes and line breaks,
 * as CMS's notice and its "HCPCS/<newline>CPT Code" header cell do) or tab-separated text (no quote
 * processing; surrounding quotes of a cell are dropped). The separator is the tab when the first
 * 64 KB hold one. Decoded as Latin-1 (never fails; the fields read are ASCII), a UTF-8 byte-order
 * mark dropped.
 */
final class CmsRecords implements Closeable {

    private static final int SNIFF = 64 * 1024;
    private static final CsvMapper CSV = new CsvMapper();

    private final String source;
    private final boolean tabs;
    private final MappingIterator<String[]> rows;
    private long recordLine;
    private long nextLine = 1;

    CmsRecords(String source, InputStream raw) throws IOException {
        this.source = source;
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        int skip = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        in.skipNBytes(skip);
        boolean tab = false;
        for (byte b : head) {
            if (b == '\t') {
                tab = true;
                break;
            }
        }
        this.tabs = tab;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(tab ? '\t' : ',');
        schema = tab ? schema.withoutQuoteChar() : schema.withQuoteChar('"');
        this.rows = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(schema).readValues(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
    }

    /** The next record's cells (trimmed), or null at the end of the file. */
    String[] next() {
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            String[] cells = rows.nextValue();
            recordLine = nextLine;
            nextLine++;
            for (int i = 0; i < cells.length; i++) {
                nextLine += cells[i] == null ? 0 : cells[i].chars().filter(ch -> ch == '\n').count();
                cells[i] = tabs ? unquote(cells[i]) : (cells[i] == null ? "" : cells[i].trim());
            }
            return cells;
        } catch (IOException e) {
            throw new CmsTableException(source, nextLine, "not readable as "
                    + (tabs ? "tab-separated text" : "CSV") + " (" + e.getMessage().lines().findFirst().orElse("")
                    + ")");
        }
    }

    /** The physical line the last record read starts on. */
    long line() {
        return recordLine;
    }

    CmsTableException problem(String expected) {
        return new CmsTableException(source, recordLine, expected);
    }

    String source() {
        return source;
    }

    /** A header cell by meaning: upper case, runs of white space (line breaks too) and "/ " folded. */
    static String meaning(String cell) {
        return cell.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replace("/ ", "/").trim();
    }

    static String cell(String[] cells, int col) {
        return col >= 0 && col < cells.length ? cells[col] : "";
    }

    static boolean blank(String[] cells) {
        return Arrays.stream(cells).allMatch(String::isEmpty);
    }

    private static String unquote(String c) {
        String t = c == null ? "" : c.trim();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1).trim() : t;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}

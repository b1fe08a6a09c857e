package org.scrub837.guide;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CMS quarterly HCPCS Level II file ({@code HCPC<year>_<quarter>_ANWEB*.txt}), fixed width, 320
 * characters a record: the code in columns 1-5, a sequence number in 6-10 and the record
 * identification code in column 11 (3 first line of a procedure, 4 its continuation, 7 first line
 * of a modifier, 8 continuation). On a first line, columns 269-276 hold the date the code was added,
 * 277-284 the action effective date and 285-292 the termination date (yyyymmdd, blank when none).
 * A Level II code (first character a letter) that the file does not list is not a HCPCS code of
 * that quarter; a listed code is valid from its add date to its termination date.
 */
public final class HcpcsFile {

    /**
     * One procedure code's dates.
     *
     * @param added       the date the code was added (column 269), or null when blank
     * @param terminated  the last date the code may be used (column 285), or null when none
     */
    public record Dates(LocalDate added, LocalDate terminated) {

        public boolean covers(LocalDate date) {
            return (added == null || !date.isBefore(added)) && (terminated == null || !date.isAfter(terminated));
        }
    }

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int ADD_DATE = 268;
    private static final int TERMINATION_DATE = 284;

    private final Map<String, Dates> procedures;

    private HcpcsFile(Map<String, Dates> procedures) {
        this.procedures = Map.copyOf(procedures);
    }

    public static HcpcsFile load(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return read(file.toString(), r);
        }
    }

    /**
     * Reads the file's records; {@code source} names it in messages. A short record (an older copy
     * saved without the date columns) is read for its code alone: it has no dates.
     *
     * @throws IOException naming the line and column when a record is not a HCPCS file record
     */
    public static HcpcsFile read(String source, BufferedReader r) throws IOException {
        Map<String, Dates> procedures = new HashMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            char recordId = line.length() < 11 ? ' ' : line.charAt(10);
            if (recordId != '3' && recordId != '4' && recordId != '7' && recordId != '8') {
                throw new IOException(source + ": line " + n + ", column 11: not a HCPCS file record (expected the "
                        + "code in columns 1-5 and record identification code 3, 4, 7 or 8 in column 11, found '"
                        + (line.length() < 11 ? "end of line" : String.valueOf(recordId)) + "')");
            }
            if (recordId == '3') {
                String code = line.substring(0, 5).trim();
                if (code.length() != 5 || !GuideValues.upperAlnum(code)) {
                    throw new IOException(source + ": line " + n + ", column 1: '" + code
                            + "' is not a five-character HCPCS code");
                }
                LocalDate added = date(source, n, line, ADD_DATE, "add date");
                LocalDate terminated = date(source, n, line, TERMINATION_DATE, "termination date");
                procedures.put(code, new Dates(added, terminated));
            }
        }
        return new HcpcsFile(procedures);
    }

    /** The yyyymmdd date at a 0-based column, null when blank or beyond a short record. */
    private static LocalDate date(String source, int n, String line, int column, String what) throws IOException {
        if (line.length() < column + 8) {
            if (line.length() > column && !line.substring(column).isBlank()) {
                throw new IOException(source + ": line " + n + ", column " + (column + 1) + ": " + what
                        + " cut short (expected yyyymmdd in columns " + (column + 1) + "-" + (column + 8) + ")");
            }
            return null;
        }
        String text = line.substring(column, column + 8);
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new IOException(source + ": line " + n + ", column " + (column + 1) + ": " + what + " '" + text
                    + "' is not a date (expected yyyymmdd in columns " + (column + 1) + "-" + (column + 8) + ")");
        }
    }

    public boolean contains(String code) {
        return procedures.containsKey(code);
    }

    /** The code's dates when the file lists it. */
    public Optional<Dates> dates(String code) {
        return Optional.ofNullable(procedures.get(code));
    }

    public int size() {
        return procedures.size();
    }
}

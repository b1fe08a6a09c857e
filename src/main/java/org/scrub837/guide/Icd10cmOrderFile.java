package org.scrub837.guide;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The CDC/CMS ICD-10-CM order file ({@code icd10cm_order_YYYY.txt}), fixed width: order number
 * (columns 1-5), code without the dot (7-13), 0/1 flag "valid for HIPAA-covered transactions"
 * (15), short description (17-76), long description (78-). Only codes flagged 1 may be billed;
 * flag 0 rows are category headers.
 */
public final class Icd10cmOrderFile {

    private final Set<String> billable;
    private final Set<String> headers;

    private Icd10cmOrderFile(Set<String> billable, Set<String> headers) {
        this.billable = Set.copyOf(billable);
        this.headers = Set.copyOf(headers);
    }

    public static Icd10cmOrderFile load(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return read(file.toString(), r);
        }
    }

    /**
     * Reads the file's rows; {@code source} names it in messages.
     *
     * @throws IOException naming the line and column when a row is not an order file record
     */
    public static Icd10cmOrderFile read(String source, BufferedReader r) throws IOException {
        Set<String> billable = new HashSet<>();
        Set<String> headers = new HashSet<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            if (line.length() < 15 || !line.substring(0, 5).trim().chars().allMatch(Character::isDigit)
                    || line.substring(0, 5).isBlank()) {
                throw new IOException(source + ": line " + n + ", column 1: not an ICD-10-CM order file record "
                        + "(expected an order number in columns 1-5, the code in columns 7-13 and a 0/1 flag in "
                        + "column 15)");
            }
            if (line.charAt(14) != '0' && line.charAt(14) != '1') {
                throw new IOException(source + ": line " + n + ", column 15: flag '" + line.charAt(14) + "' is not 0 "
                        + "(header) or 1 (valid for HIPAA-covered transactions)");
            }
            String code = line.substring(6, 13).trim();
            if (!GuideValues.icd10cmShape(code)) {
                throw new IOException(source + ": line " + n + ", column 7: '" + code + "' is not an ICD-10-CM code "
                        + "(a letter, a digit, 3 to 7 characters, no period)");
            }
            (line.charAt(14) == '1' ? billable : headers).add(code);
        }
        return new Icd10cmOrderFile(billable, headers);
    }

    public boolean billable(String code) {
        return billable.contains(code);
    }

    /** A category heading: a real code, but not specific enough to be billed. */
    public boolean header(String code) {
        return headers.contains(code);
    }

    public int size() {
        return billable.size() + headers.size();
    }
}

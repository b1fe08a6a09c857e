package org.scrub837.guide;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The CMS quarterly HCPCS Level II file ({@code HCPC<year>_<quarter>_ANWEB*.txt}), fixed width: the
 * code in columns 1-5, a sequence number in 6-10 and the record identification code in column 11
 * (3 first line of a procedure, 4 its continuation, 7 first line of a modifier, 8 continuation).
 * Only the codes are read: a Level II code (first character a letter) that the file does not list
 * is not a HCPCS code of that quarter. Effective and termination dates are not read.
 */
public final class HcpcsFile {

    private final Set<String> procedures;

    private HcpcsFile(Set<String> procedures) {
        this.procedures = Set.copyOf(procedures);
    }

    public static HcpcsFile load(Path file) throws IOException {
        Set<String> procedures = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() < 11) {
                    throw new IOException(file + ": line " + n + ": not a HCPCS file record "
                            + "(code in columns 1-5, record identification code in column 11)");
                }
                if (line.charAt(10) == '3') {
                    procedures.add(line.substring(0, 5).trim());
                }
            }
        }
        return new HcpcsFile(procedures);
    }

    public boolean contains(String code) {
        return procedures.contains(code);
    }

    public int size() {
        return procedures.size();
    }
}

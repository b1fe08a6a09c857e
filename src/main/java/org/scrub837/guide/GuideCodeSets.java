package org.scrub837.guide;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.scrub837.model.DatedEditions;

/**
 * The external code sets the guide checks use, read from {@code config/guide/}: US state and
 * Canadian province codes and the CMS place-of-service list (shipped, dated in their headers), and
 * the operator's optional copies of the CDC/CMS ICD-10-CM order file and the CMS quarterly HCPCS
 * file. A shipped list that is missing turns its check off; the optional files are off when absent.
 * Installed ICD-10-CM and HCPCS editions ({@code scrub837 data install}) are checked by date of
 * service instead ({@link DatedCodeChecks}); a code set is either a file here or editions, never both.
 *
 * @param stateCountries   N402 code to its country (US or CA); empty when the file is absent
 * @param placesOfService  two-digit POS codes; empty when the file is absent
 * @param icd10cm          the ICD-10-CM order file, or null
 * @param hcpcs            the HCPCS Level II codes, or null
 * @param icd10cmEditions  installed ICD-10-CM editions, each in force for its fiscal year
 * @param hcpcsEditions    installed HCPCS editions, each in force for its quarter
 */
public record GuideCodeSets(Map<String, String> stateCountries, Set<String> placesOfService, Icd10cmOrderFile icd10cm,
        HcpcsFile hcpcs, DatedEditions<Icd10cmOrderFile> icd10cmEditions, DatedEditions<HcpcsFile> hcpcsEditions) {

    public static final String STATES_FILE = "state-province-codes.tsv";
    public static final String POS_FILE = "place-of-service.tsv";
    public static final String ICD10CM_FILE = "icd10cm-order.txt";
    public static final String HCPCS_FILE = "hcpcs.txt";

    /** No code sets: the checks that need them are off. */
    public static final GuideCodeSets NONE = new GuideCodeSets(Map.of(), Set.of(), null, null);

    public GuideCodeSets {
        stateCountries = Map.copyOf(stateCountries);
        placesOfService = Set.copyOf(placesOfService);
        icd10cmEditions = icd10cmEditions == null ? DatedEditions.none("icd10cm") : icd10cmEditions;
        hcpcsEditions = hcpcsEditions == null ? DatedEditions.none("hcpcs") : hcpcsEditions;
    }

    /** Code sets without installed editions. */
    public GuideCodeSets(Map<String, String> stateCountries, Set<String> placesOfService, Icd10cmOrderFile icd10cm,
            HcpcsFile hcpcs) {
        this(stateCountries, placesOfService, icd10cm, hcpcs, null, null);
    }

    /**
     * These code sets with installed editions: ICD-10-CM and HCPCS checked by date of service, and an
     * installed place-of-service list (null: keep the file's) in place of {@value #POS_FILE}.
     *
     * @throws IllegalArgumentException when a code set is both a file under config/guide and installed editions
     */
    public GuideCodeSets withEditions(DatedEditions<Icd10cmOrderFile> icd10cmEditions,
            DatedEditions<HcpcsFile> hcpcsEditions, Set<String> installedPlacesOfService) {
        if (icd10cm != null && !icd10cmEditions.isEmpty()) {
            throw new IllegalArgumentException("ICD-10-CM is both a file (guide/" + ICD10CM_FILE + ") and installed "
                    + "editions (icd10cm): remove the file, the editions are chosen by date of service");
        }
        if (hcpcs != null && !hcpcsEditions.isEmpty()) {
            throw new IllegalArgumentException("HCPCS is both a file (guide/" + HCPCS_FILE + ") and installed "
                    + "editions (hcpcs): remove the file, the editions are chosen by date of service");
        }
        return new GuideCodeSets(stateCountries,
                installedPlacesOfService == null ? placesOfService : installedPlacesOfService, icd10cm, hcpcs,
                icd10cmEditions, hcpcsEditions);
    }

    /** Reads the code sets under {@code guideDir} ({@code config/guide}); absent files are off. */
    public static GuideCodeSets load(Path guideDir) throws IOException {
        Map<String, String> states = new HashMap<>();
        for (String[] row : rows(guideDir.resolve(STATES_FILE), 3)) {
            states.put(row[0], row[2]);
        }
        Set<String> pos = new HashSet<>();
        for (String[] row : rows(guideDir.resolve(POS_FILE), 2)) {
            pos.add(row[0]);
        }
        Path icd = guideDir.resolve(ICD10CM_FILE);
        Path hcpcs = guideDir.resolve(HCPCS_FILE);
        return new GuideCodeSets(states, pos, Files.isRegularFile(icd) ? Icd10cmOrderFile.load(icd) : null,
                Files.isRegularFile(hcpcs) ? HcpcsFile.load(hcpcs) : null);
    }

    /** Tab-separated rows, {@code #} comments and blank lines skipped; each row needs its columns. */
    private static java.util.List<String[]> rows(Path file, int columns) throws IOException {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < columns || cells[0].isBlank()) {
                    throw new IOException(file + ": line " + n + ": expected " + columns + " tab-separated columns");
                }
                out.add(cells);
            }
        }
        return out;
    }

    boolean knowsStates() {
        return !stateCountries.isEmpty();
    }

    boolean knowsPlacesOfService() {
        return !placesOfService.isEmpty();
    }
}

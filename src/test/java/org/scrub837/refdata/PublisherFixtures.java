package org.scrub837.refdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reference files in exactly the publishers' layouts, with made-up rows (codes, values and dates are
 * invented for the tests; nothing here is CMS's data): the NCCI PTP tab file with its copyright
 * banner, the MUE CSV with its notice rows, the HCPCS fixed-width record layout, the ICD-10-CM
 * order file, and the ZIPs CMS ships them in (with the documents beside the table).
 */
public final class PublisherFixtures {

    private PublisherFixtures() {
    }

    public static final String PTP_HEADER = "Column 1\tColumn 2\t* = In existence prior to 1996\tEffective Date\t"
            + "Deletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n";

    /** A PTP practitioner file: banner lines, header, then rows "col1 col2 effective deletion modifier". */
    public static String ptp(String... rows) {
        StringBuilder b = new StringBuilder("CPT only copyright 2025 American Medical Association. All rights reserved.\n"
                + "Practitioner PTP Edits (made-up test rows)\n" + PTP_HEADER);
        for (String row : rows) {
            String[] c = row.split(" ");
            b.append(c[0]).append('\t').append(c[1]).append("\t\t").append(c[2]).append('\t').append(c[3]).append('\t')
                    .append(c[4]).append("\tMutually exclusive procedures (made up)\n");
        }
        return b.toString();
    }

    /** An MUE CSV: notice rows, the header, then rows "code value indicator". */
    public static String mue(String valueColumn, String... rows) {
        StringBuilder b = new StringBuilder("\"\u00A9 2025 American Medical Association (made-up test rows)\"\n"
                + "\"Medically Unlikely Edits, made up for the tests\"\n"
                + "HCPCS/CPT Code," + valueColumn + ",MUE Adjudication Indicator,MUE Rationale\n");
        for (String row : rows) {
            String[] c = row.split(" ");
            String label = switch (c[2]) {
                case "1" -> "1 Line Edit";
                case "2" -> "2 Date of Service Edit: Policy";
                default -> "3 Date of Service Edit: Clinical";
            };
            b.append(c[0]).append(',').append(c[1]).append(",\"").append(label).append("\",Clinical: Data\n");
        }
        return b.toString();
    }

    /** One HCPCS record (320 wide): code, sequence, record id, description, add and termination dates. */
    public static String hcpcs(String code, String recordId, String description, String added, String terminated) {
        StringBuilder b = new StringBuilder(String.format("%-5s%05d%s%-80s%-28s", code, 100, recordId, description,
                description.length() > 28 ? description.substring(0, 28) : description));
        while (b.length() < 268) {
            b.append(' ');
        }
        b.append(String.format("%-8s%-8s%-8s", added, added, terminated)).append(terminated.isBlank() ? "N" : "D");
        while (b.length() < 320) {
            b.append(' ');
        }
        return b.toString();
    }

    /** One ICD-10-CM order-file record. */
    public static String icd(int order, String code, boolean billable, String description) {
        return String.format("%05d %-7s %s %-60s %s", order, code, billable ? "1" : "0", description, description);
    }

    public static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** A ZIP as CMS ships one: the table and the documents beside it. */
    public static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static Map<String, String> entries(String... nameThenText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) {
            m.put(nameThenText[i], nameThenText[i + 1]);
        }
        return m;
    }

    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), bytes);
    }

    public static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The four editions the README's walk-through installs, as ZIPs or text, into {@code dir}. */
    public static Map<String, Path> quarterFiles(Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("ncci-ptp-practitioner", write(dir, "ccipra-v321r0-f1.zip", zip(entries(
                "ccipra-v321r0-f1.TXT", ptp("15271 11042 20200101 * 0", "15271 97597 20200101 * 1"),
                "CMS_Readme_PTP.txt", "Read me: made-up notice document beside the table"))));
        files.put("mue-practitioner", write(dir, "MCR_MUE_PractitionerServices_Eff_2026-04-01.zip", zip(entries(
                "MCR_MUE_PractitionerServices_Eff_2026-04-01.csv",
                mue("Practitioner Services MUE Values", "Q4293 40 2", "15271 1 1", "11042 1 1"),
                "MUE_Notice.txt", "Notice: made-up"))));
        files.put("hcpcs", write(dir, "HCPC2026_APR_ANWEB.zip", zip(entries(
                "HCPC2026_APR_ANWEB.txt", lines(
                        hcpcs("A6010", "3", "Collagen based wound filler, dry form (made up)", "19960101", "20260331"),
                        hcpcs("A6011", "3", "Collagen based wound filler, gel/paste (made up)", "19960101", ""),
                        hcpcs("Q4293", "3", "Skin substitute, per sq cm (made up)", "20240401", ""),
                        hcpcs("Q4293", "4", "continuation line of the long description", "", ""),
                        hcpcs("RT", "7", "Right side (made up)", "19960101", "")),
                "HCPC2026_APR_recordlayout.txt", "record layout document (made up)"))));
        files.put("icd10cm", write(dir, "icd10cm_order_2026.txt", lines(
                icd(1, "L97", false, "Non-pressure chronic ulcer of lower limb (made up)"),
                icd(2, "L9741", false, "Non-pressure chronic ulcer of right heel and midfoot (made up)"),
                icd(3, "L97412", true, "Non-pressure chronic ulcer of right heel, fat layer exposed (made up)"),
                icd(4, "E119", true, "Type 2 diabetes mellitus without complications (made up)"))));
        return files;
    }
}

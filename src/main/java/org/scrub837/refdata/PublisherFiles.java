package org.scrub837.refdata;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.scrub837.guide.HcpcsFile;
import org.scrub837.guide.Icd10cmOrderFile;
import org.scrub837.rules.MueTable;
import org.scrub837.rules.PtpTable;
import org.scrub837.rules.config.CmsTables;

/**
 * Reads a reference file as its publisher ships it, into the table of its kind: a CMS ZIP (its
 * data entries: the {@code .txt}/{@code .csv} tables, never the notices, read-me or record-layout
 * documents beside them) or the plain file. PTP and MUE layouts are read by the rules' CMS readers
 * ({@link CmsTables}); HCPCS and ICD-10-CM by the guide's; place of service as code TAB name.
 * Everything is read before anything is installed, so a file of the wrong kind, a truncated ZIP or
 * a bad row fails here with the file, entry and line named.
 */
final class PublisherFiles {

    /** Uncompressed bytes read from one ZIP at most: a CMS practitioner PTP edition is well under this. */
    static final long MAX_UNZIPPED_BYTES = 8L * 1024 * 1024 * 1024;

    /**
     * A file read into its table.
     *
     * @param table  PtpTable, MueTable, HcpcsFile, Icd10cmOrderFile or Set of place-of-service codes
     * @param rows   edits or codes read
     */
    record Parsed(Object table, int rows) {
    }

    private PublisherFiles() {
    }

    /**
     * @param file     the file as downloaded or given
     * @param label    the edition id or the file's name, the table's source in messages
     * @throws IOException naming the file, entry and line when it is not a file of this kind
     */
    static Parsed read(ReferenceKind kind, Path file, String label) throws IOException {
        try {
            if (isZip(file)) {
                return readZip(kind, file, label);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readTables(kind, List.of(new Part(file.getFileName().toString(), in)), label);
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + ": not a " + kind.id() + " file as its publisher ships it: "
                    + e.getMessage(), e);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * One table file (or ZIP entry): the CMS table readers take its bytes (they sniff the separator
     * and decode themselves), the other layouts its Latin-1 lines.
     */
    private static final class Part {
        private final String name;
        private final InputStream raw;
        private BufferedReader lines;

        Part(String name, InputStream raw) {
            this.name = name;
            this.raw = raw;
        }

        String name() {
            return name;
        }

        InputStream raw() {
            return raw;
        }

        BufferedReader in() {
            if (lines == null) {
                lines = new BufferedReader(new InputStreamReader(raw, StandardCharsets.ISO_8859_1));
            }
            return lines;
        }
    }

    private static Parsed readZip(ReferenceKind kind, Path file, String label) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IOException(file.getFileName() + ": not a complete ZIP file (" + e.getMessage()
                    + "); a download that broke off leaves a ZIP without its directory", e);
        }
        try (zip) {
            List<ZipEntry> data = dataEntries(kind, zip);
            if (data.isEmpty()) {
                List<String> names = new ArrayList<>();
                zip.stream().forEach(e -> names.add(e.getName()));
                throw new IOException(file.getFileName() + ": the ZIP holds no " + kind.id() + " table (expected "
                        + expectedEntry(kind) + "; entries: " + names + ")");
            }
            if (data.size() > 1 && kind.family() != ReferenceKind.Family.PTP) {
                List<String> names = new ArrayList<>();
                data.forEach(e -> names.add(e.getName()));
                throw new IOException(file.getFileName() + ": the ZIP holds " + data.size() + " candidate " + kind.id()
                        + " tables " + names + "; expected one (a PTP edition alone comes in parts)");
            }
            long[] budget = {MAX_UNZIPPED_BYTES};
            List<Part> parts = new ArrayList<>();
            List<InputStream> open = new ArrayList<>();
            try {
                for (ZipEntry e : data) {
                    InputStream in = new Budgeted(zip.getInputStream(e), budget, file.getFileName() + "!" + e.getName());
                    open.add(in);
                    parts.add(new Part(file.getFileName() + "!" + e.getName(), in));
                }
                return readTables(kind, parts, label);
            } catch (ZipException e) {
                throw new IOException(file.getFileName() + ": a ZIP entry cannot be read (" + e.getMessage() + ")", e);
            } finally {
                for (InputStream in : open) {
                    in.close();
                }
            }
        }
    }

    private static String expectedEntry(ReferenceKind kind) {
        return switch (kind.family()) {
            case PTP, MUE -> "a .txt or .csv table";
            case HCPCS -> "the HCPC<year>_<month>_ANWEB*.txt record-layout file";
            case ICD10CM -> "icd10cm_order_<year>.txt";
            case POS -> "a .txt or .tsv list";
        };
    }

    /** The entries that hold the table, by the publishers' names; documents beside them are skipped. */
    private static List<ZipEntry> dataEntries(ReferenceKind kind, ZipFile zip) {
        List<ZipEntry> out = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            String name = e.getName().toLowerCase(Locale.ROOT);
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.startsWith(".") || name.startsWith("__macosx/")) {
                continue;
            }
            boolean document = base.contains("readme") || base.contains("layout") || base.contains("notice")
                    || base.contains("disclaimer") || base.contains("license") || base.contains("changes");
            boolean matches = switch (kind.family()) {
                case PTP, MUE -> (base.endsWith(".txt") || base.endsWith(".csv")) && !document;
                case HCPCS -> base.endsWith(".txt") && base.contains("anweb") && !document;
                case ICD10CM -> base.matches("icd10cm[-_]order[-_]\\d{4}\\.txt");
                case POS -> (base.endsWith(".txt") || base.endsWith(".tsv")) && !document;
            };
            if (matches) {
                out.add(e);
            }
        }
        out.sort((a, b) -> a.getName().compareTo(b.getName()));
        return out;
    }

    private static Parsed readTables(ReferenceKind kind, List<Part> parts, String label) throws IOException {
        try {
            return readLayout(kind, parts, label);
        } catch (ZipException | java.io.EOFException e) {
            throw e; // the container is broken, not the layout
        } catch (IOException e) {
            // a row that is not in the kind's layout: reported like the CMS readers' problems
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Parsed readLayout(ReferenceKind kind, List<Part> parts, String label) throws IOException {
        switch (kind.family()) {
            case PTP -> {
                PtpTable.Builder builder = new PtpTable.Builder(kind.tableName(), label);
                for (Part p : parts) {
                    CmsTables.readPtp(p.name(), p.raw(), builder);
                }
                PtpTable table = builder.build();
                return nonEmpty(kind, parts, new Parsed(table, table.size()));
            }
            case MUE -> {
                Part p = parts.get(0);
                MueTable table = CmsTables.readMue(kind.tableName(), p.name(), p.raw());
                return nonEmpty(kind, parts, new Parsed(table, table.edits().size()));
            }
            case HCPCS -> {
                Part p = parts.get(0);
                HcpcsFile table = HcpcsFile.read(p.name(), p.in());
                return nonEmpty(kind, parts, new Parsed(table, table.size()));
            }
            case ICD10CM -> {
                Part p = parts.get(0);
                Icd10cmOrderFile table = Icd10cmOrderFile.read(p.name(), p.in());
                return nonEmpty(kind, parts, new Parsed(table, table.size()));
            }
            case POS -> {
                Part p = parts.get(0);
                Set<String> codes = placesOfService(p);
                return nonEmpty(kind, parts, new Parsed(Set.copyOf(codes), codes.size()));
            }
            default -> throw new IllegalStateException(kind.id());
        }
    }

    private static Parsed nonEmpty(ReferenceKind kind, List<Part> parts, Parsed parsed) throws IOException {
        if (parsed.rows() == 0) {
            throw new IOException(parts.get(0).name() + ": holds no " + kind.id() + " rows");
        }
        return parsed;
    }

    /** Code TAB name lines; {@code #} comments and blank lines skipped; codes are two digits. */
    private static Set<String> placesOfService(Part p) throws IOException {
        Set<String> codes = new HashSet<>();
        String line;
        int n = 0;
        while ((line = p.in().readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 2 || !cells[0].matches("\\d{2}")) {
                throw new IOException(p.name() + ": line " + n + ", column 1: expected a two-digit place-of-service "
                        + "code, a tab and its name");
            }
            codes.add(cells[0]);
        }
        return codes;
    }

    /** Stops reading a ZIP whose entries inflate beyond the budget (a ZIP bomb, or the wrong file). */
    private static final class Budgeted extends FilterInputStream {
        private final long[] budget;
        private final String name;

        Budgeted(InputStream in, long[] budget, String name) {
            super(in);
            this.budget = budget;
            this.name = name;
        }

        private void spend(long n) throws IOException {
            if (n > 0 && (budget[0] -= n) < 0) {
                throw new IOException(name + ": inflates beyond " + MAX_UNZIPPED_BYTES + " bytes; not a CMS table");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            spend(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            spend(n);
            return n;
        }
    }
}

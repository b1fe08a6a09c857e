package org.scrub837.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data install} from files: each kind read from the publisher's container (ZIP with the
 * documents beside the table, or text), the manifest it records, list and verify, and every way
 * an install can fail changing nothing (wrong kind, wrong checksum, a truncated ZIP, a full disk).
 */
class EditionInstallFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ReferenceData data(EditionStore.Copier copier) {
        return ReferenceData.open(new EditionStore(dir.resolve("config"), copier, CLOCK), CLOCK);
    }

    private ReferenceData data() {
        return data(EditionStore::copyFile);
    }

    /** Every file under the reference-data folder, with its size, to show that nothing changed. */
    private List<String> tree() throws IOException {
        Path root = dir.resolve("config").resolve(EditionStore.DIR);
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(p -> root.relativize(p) + (Files.isRegularFile(p) ? " " + p.toFile().length() : "")).sorted()
                    .toList();
        }
    }

    @Test
    void everyKindInstallsFromThePublishersFileAndIsListedAndVerified() throws IOException {
        Map<String, Path> files = PublisherFixtures.quarterFiles(dir.resolve("downloads"));
        ReferenceData data = data();
        data.install(ReferenceKind.NCCI_PTP_PRACTITIONER, files.get("ncci-ptp-practitioner").toString(),
                LocalDate.of(2026, 4, 1), null, null, null, Map.of());
        data.install(ReferenceKind.MUE_PRACTITIONER, files.get("mue-practitioner").toString(), null, null, null, null,
                Map.of());
        data.install(ReferenceKind.HCPCS, files.get("hcpcs").toString(), null, null, null, null, Map.of());
        data.install(ReferenceKind.ICD10CM, files.get("icd10cm").toString(), null, null, null, null, Map.of());

        List<Edition> listed = data.list();
        assertEquals(List.of("ncci-ptp-practitioner-2026q2 2026-04-01 to 2026-06-30 rows 2",
                "mue-practitioner-2026q2 2026-04-01 to 2026-06-30 rows 3",
                "hcpcs-2026q2 2026-04-01 to 2026-06-30 rows 3",
                "icd10cm-fy2026 2025-10-01 to 2026-09-30 rows 4"),
                listed.stream().map(e -> e.id() + " " + e.period() + " rows " + e.rows()).toList());
        Edition ptp = listed.get(0);
        assertEquals(EditionStore.sha256(files.get("ncci-ptp-practitioner")), ptp.sha256());
        assertEquals(files.get("ncci-ptp-practitioner").toAbsolutePath().normalize().toString(), ptp.source());
        assertEquals("ccipra-v321r0-f1.zip", ptp.fileName());
        assertEquals(Instant.parse("2026-04-10T08:00:00Z"), ptp.installedAt());
        assertTrue(data.verify().stream().allMatch(ReferenceData.Verification::ok));

        ReferenceData.InstallResult again = data.install(ReferenceKind.HCPCS, files.get("hcpcs").toString(), null, null,
                null, null, Map.of());
        assertTrue(again.unchanged(), "the same file twice is one edition");
        assertEquals(4, data.list().size());
    }

    @Test
    void verifyNamesAnEditionWhoseStoredFileChanged() throws IOException {
        Map<String, Path> files = PublisherFixtures.quarterFiles(dir.resolve("downloads"));
        ReferenceData data = data();
        data.install(ReferenceKind.ICD10CM, files.get("icd10cm").toString(), null, null, null, null, Map.of());
        Path stored = Files.list(dir.resolve("config/reference-data")).filter(Files::isDirectory).findFirst()
                .orElseThrow().resolve("icd10cm_order_2026.txt");
        Files.writeString(stored, PublisherFixtures.lines(PublisherFixtures.icd(1, "L97", false, "changed")));

        ReferenceData.Verification v = data.verify().get(0);

        assertFalse(v.ok());
        assertTrue(v.problem().startsWith(stored + ": SHA-256 is "), v.problem());
        assertTrue(v.problem().contains("recorded " + EditionStore.sha256(files.get("icd10cm"))), v.problem());
    }

    @Test
    void aFileOfTheWrongKindIsRefusedAndNothingChanges() throws IOException {
        Map<String, Path> files = PublisherFixtures.quarterFiles(dir.resolve("downloads"));
        ReferenceData data = data();
        data.install(ReferenceKind.ICD10CM, files.get("icd10cm").toString(), null, null, null, null, Map.of());
        List<String> before = tree();

        IOException mueAsPtp = assertThrows(IOException.class, () -> data.install(ReferenceKind.NCCI_PTP_PRACTITIONER,
                files.get("mue-practitioner").toString(), LocalDate.of(2026, 4, 1), null, null, null, Map.of()));
        assertEquals("MCR_MUE_PractitionerServices_Eff_2026-04-01.zip: not a ncci-ptp-practitioner file as its "
                + "publisher ships it: MCR_MUE_PractitionerServices_Eff_2026-04-01.zip!"
                + "MCR_MUE_PractitionerServices_Eff_2026-04-01.csv: no header line with Column 1 and Column 2 columns",
                mueAsPtp.getMessage());
        IOException icdAsHcpcs = assertThrows(IOException.class, () -> data.install(ReferenceKind.HCPCS,
                files.get("icd10cm").toString(), LocalDate.of(2026, 4, 1), null, null, null, Map.of()));
        assertEquals("icd10cm_order_2026.txt: not a hcpcs file as its publisher ships it: icd10cm_order_2026.txt: "
                + "line 1, column 11: not a HCPCS file record (expected the code in columns 1-5 and record "
                + "identification code 3, 4, 7 or 8 in column 11, found ' ')", icdAsHcpcs.getMessage());
        IOException hcpcsAsIcd = assertThrows(IOException.class, () -> data.install(ReferenceKind.ICD10CM,
                files.get("hcpcs").toString(), LocalDate.of(2025, 10, 1), null, null, null, Map.of()));
        assertEquals("HCPC2026_APR_ANWEB.zip: the ZIP holds no icd10cm table (expected icd10cm_order_<year>.txt; "
                + "entries: [HCPC2026_APR_ANWEB.txt, HCPC2026_APR_recordlayout.txt])", hcpcsAsIcd.getMessage());

        assertEquals(before, tree());
    }

    @Test
    void aWrongChecksumIsRefusedAndNothingChanges() throws IOException {
        Map<String, Path> files = PublisherFixtures.quarterFiles(dir.resolve("downloads"));
        String wrong = "0".repeat(64);

        IOException e = assertThrows(IOException.class, () -> data().install(ReferenceKind.HCPCS,
                files.get("hcpcs").toString(), null, null, wrong, null, Map.of()));

        assertEquals("HCPC2026_APR_ANWEB.zip: SHA-256 is " + EditionStore.sha256(files.get("hcpcs")) + ", expected "
                + wrong + "; the file is not the one published (or the download is incomplete): nothing installed",
                e.getMessage());
        assertEquals(List.of(), tree());
    }

    @Test
    void aTruncatedZipIsRefusedAndNothingChanges() throws IOException {
        Map<String, Path> files = PublisherFixtures.quarterFiles(dir.resolve("downloads"));
        byte[] whole = Files.readAllBytes(files.get("mue-practitioner"));
        Path cut = PublisherFixtures.write(dir.resolve("cut"), "MCR_MUE_PractitionerServices_Eff_2026-04-01.zip",
                java.util.Arrays.copyOf(whole, whole.length / 2));

        IOException e = assertThrows(IOException.class, () -> data().install(ReferenceKind.MUE_PRACTITIONER,
                cut.toString(), null, null, null, null, Map.of()));

        assertTrue(e.getMessage().startsWith("MCR_MUE_PractitionerServices_Eff_2026-04-01.zip: not a complete ZIP file"),
                e.getMessage());
        assertEquals(List.of(), tree());
    }

    @Test
    void aDiskThatFillsDuringTheInstallChangesNothing() throws IOException {
        Map<String, Path> files = PublisherFixtures.quarterFiles(dir.resolve("downloads"));
        data().install(ReferenceKind.ICD10CM, files.get("icd10cm").toString(), null, null, null, null, Map.of());
        List<String> before = tree();
        // the copy writes part of the file, then the file system reports it full, as ENOSPC does
        EditionStore.Copier fills = (from, to) -> {
            try (OutputStream out = Files.newOutputStream(to)) {
                out.write(Files.readAllBytes(from), 0, 100);
                throw new IOException(to + ": No space left on device");
            }
        };

        IOException e = assertThrows(IOException.class, () -> data(fills).install(ReferenceKind.HCPCS,
                files.get("hcpcs").toString(), null, null, null, null, Map.of()));

        assertTrue(e.getMessage().endsWith(": No space left on device"), e.getMessage());
        assertEquals(before, tree(), "no staging folder left, no edition added");
        assertEquals(List.of("icd10cm-fy2026"), data().list().stream().map(Edition::id).toList());
    }

    @Test
    void aCorrectedFileOfAnInstalledQuarterReplacesIt() throws IOException {
        Path first = PublisherFixtures.write(dir, "ccipra-v321r0-f1.txt", PublisherFixtures.ptp("15271 11042 20200101 * 0"));
        Path corrected = PublisherFixtures.write(dir.resolve("r1"), "ccipra-v321r1-f1.txt",
                PublisherFixtures.ptp("15271 11042 20200101 * 0", "15271 97597 20200101 * 1"));
        ReferenceData data = data();
        data.install(ReferenceKind.NCCI_PTP_PRACTITIONER, first.toString(), LocalDate.of(2026, 4, 1), null, null, null,
                Map.of());

        ReferenceData.InstallResult r = data.install(ReferenceKind.NCCI_PTP_PRACTITIONER, corrected.toString(),
                LocalDate.of(2026, 4, 1), null, null, null, Map.of());

        assertEquals(EditionStore.sha256(first), r.replaced().sha256());
        List<Edition> listed = data.list();
        assertEquals(1, listed.size());
        assertEquals(2, listed.get(0).rows());
        assertEquals(1, tree().stream().filter(p -> p.contains("edition.json")).count(), "the replaced folder is gone");
    }

    @Test
    void aNameWithoutADateAsksForTheFirstDateOfService() throws IOException {
        Path file = PublisherFixtures.write(dir, "ccipra-v321r0-f1.txt", PublisherFixtures.ptp("15271 11042 20200101 * 0"));

        IOException e = assertThrows(IOException.class, () -> data().install(ReferenceKind.NCCI_PTP_PRACTITIONER,
                file.toString(), null, null, null, null, Map.of()));

        assertEquals("ccipra-v321r0-f1.txt: the name does not say the first date of service of this "
                + "ncci-ptp-practitioner edition; give it with --effective-from yyyy-mm-dd", e.getMessage());
    }
}

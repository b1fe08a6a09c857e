package org.scrub837.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.cli.Scrub837;
import org.scrub837.testing.TestConfig;

import picocli.CommandLine;

/**
 * {@code data impact KIND NEW-FILE}: the archive sample scrubbed with the installed editions and
 * with the new file standing in for its edition; the claims whose verdict or findings change are
 * listed, the findings counted by rule and code, and nothing is installed.
 */
class DataImpactReportTest {

    @TempDir
    Path dir;

    @Test
    void aCorrectedQuarterFileListsTheClaimsItWouldRejectAndInstallsNothing() throws Exception {
        Path config = dir.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);
        Path installed = PublisherFixtures.write(dir.resolve("r0"), "ccipra-v321r0-f1.txt",
                PublisherFixtures.ptp("15271 11042 20200101 * 0"));
        ReferenceData.open(config).install(ReferenceKind.NCCI_PTP_PRACTITIONER, installed.toString(),
                LocalDate.of(2026, 4, 1), null, null, null, Map.of());
        Path corrected = PublisherFixtures.write(dir.resolve("r1"), "ccipra-v321r1-f1.txt",
                PublisherFixtures.ptp("15271 11042 20200101 * 0", "15271 97597 20200101 * 0"));
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(archive.resolve("monday.837"), ClaimFiles.professional(
                new ClaimFiles.TestClaim("PAIR-NEW", "L97412", "15271 1 20260415", "97597 1 20260415"),
                new ClaimFiles.TestClaim("PAIR-OLD", "L97412", "15271 1 20260415", "11042 1 20260415"),
                new ClaimFiles.TestClaim("ALONE", "L97412", "97597 1 20260415")), StandardCharsets.ISO_8859_1);
        Files.writeString(archive.resolve("notes.txt"), "not an 837", StandardCharsets.ISO_8859_1);
        List<Edition> before = ReferenceData.open(config).list();

        StringWriter out = new StringWriter();
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(out));
        int status = cl.execute("data", "impact", "ncci-ptp-practitioner", corrected.toString(), "--effective-from",
                "2026-04-01", "--sample", archive.toString(), "--config", config.toString());

        assertEquals(1, status, out.toString());
        assertEquals("Impact of ncci-ptp-practitioner-2026q2 (ncci-ptp-practitioner, dates of service 2026-04-01 to "
                + "2026-06-30, 2 rows, sha256 " + EditionStore.sha256(corrected) + "; not installed)\n"
                + "Sample: 2 file(s), 3 claim(s), 1 file(s) skipped (not 837); 1 claim(s) change.\n"
                + "\n"
                + "Findings by rule and code (+ appear with the new edition, - disappear):\n"
                + "  + NCCI-PTP 97597: 1\n"
                + "\n"
                + "Claims:\n"
                + "  monday.837 claim PAIR-NEW: accepted -> rejected\n"
                + "    + NCCI-PTP 97597 (reject, ncci-ptp-practitioner-2026q2)\n", out.toString());
        assertEquals(before, ReferenceData.open(config).list(), "nothing installed");
    }
}

package org.scrub837.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.TestConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Installed editions judge each line by its date of service: two PTP quarters in force in one file,
 * a date no edition covers giving one plain warning, MUE with the quarter's edition, an ICD-10-CM
 * category header and a HCPCS code past its termination date rejected as IG-CODE; every finding
 * made with an edition carries its id in the report JSON ("edition"), the others none.
 */
class EditionByDateOfServiceTest {

    private static final Set<String> TABLE_RULES = Set.of("NCCI-PTP", "MUE-LINE", "MUE-DOS-POLICY",
            "MUE-DOS-CLINICAL", "IG-CODE");

    @TempDir
    Path dir;

    private Path configWithEditions() throws IOException {
        Path config = dir.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);
        ReferenceData data = ReferenceData.open(config);
        Path q1 = PublisherFixtures.write(dir.resolve("q1"), "ccipra-v320r0-f1.txt",
                PublisherFixtures.ptp("15271 11042 20200101 * 0"));
        Path q2 = PublisherFixtures.write(dir.resolve("q2"), "ccipra-v321r0-f1.txt",
                PublisherFixtures.ptp("15271 11042 20200101 * 0", "15271 97597 20200101 * 1"));
        data.install(ReferenceKind.NCCI_PTP_PRACTITIONER, q1.toString(), LocalDate.of(2026, 1, 1), null, null, null,
                Map.of());
        data.install(ReferenceKind.NCCI_PTP_PRACTITIONER, q2.toString(), LocalDate.of(2026, 4, 1), null, null, null,
                Map.of());
        Map<String, Path> files = PublisherFixtures.quarterFiles(dir.resolve("downloads"));
        data.install(ReferenceKind.MUE_PRACTITIONER, files.get("mue-practitioner").toString(), null, null, null, null,
                Map.of());
        data.install(ReferenceKind.HCPCS, files.get("hcpcs").toString(), null, null, null, null, Map.of());
        data.install(ReferenceKind.ICD10CM, files.get("icd10cm").toString(), null, null, null, null, Map.of());
        return config;
    }

    private JsonNode scrub(Path config, String content) throws IOException {
        Path input = dir.resolve("claims.837");
        Files.writeString(input, content, StandardCharsets.ISO_8859_1);
        Path out = Files.createDirectories(dir.resolve("out"));
        ScrubEngine engine = ScrubEngine.load(config);
        engine.scrubber().scrub(input, engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));
        return new ObjectMapper().readTree(out.resolve(FileScrubber.baseName(input) + ".report.json").toFile());
    }

    /** "claim rule severity line edition: message" of the table rules' findings. */
    private static List<String> tableFindings(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : report.get("claims")) {
            for (JsonNode f : c.get("findings")) {
                if (TABLE_RULES.contains(f.get("rule").asText())) {
                    out.add(c.get("claimId").asText() + " " + f.get("rule").asText() + " " + f.get("severity").asText()
                            + " " + f.get("line").asText() + " " + f.path("edition").asText("(none)") + ": "
                            + f.get("message").asText());
                }
            }
        }
        return out;
    }

    @Test
    void eachLineIsJudgedByTheEditionInForceOnItsDate() throws IOException {
        JsonNode report = scrub(configWithEditions(), ClaimFiles.professional(
                new ClaimFiles.TestClaim("PTP-MARCH", "L97412", "15271 1 20260320", "11042 1 20260320"),
                new ClaimFiles.TestClaim("PTP-APRIL", "L97412", "15271 1 20260415", "97597 1 20260415"),
                new ClaimFiles.TestClaim("PTP-JULY", "L97412", "15271 1 20260710", "11042 1 20260710"),
                new ClaimFiles.TestClaim("MUE-APRIL", "L97412", "11042 3 20260415"),
                new ClaimFiles.TestClaim("ICD-HEADER", "L9741", "11042 1 20260415"),
                new ClaimFiles.TestClaim("HCPCS-ENDED", "L97412", "A6010 1 20260415", "A6011 1 20260415")));

        assertEquals(List.of(
                "PTP-MARCH MUE-LINE warn 1 (none): No MUE edition (mue-practitioner) covers the date of service "
                        + "2026-03-20, so this check was not made for it; installed: mue-practitioner-2026q2 (2026-04-01 "
                        + "to 2026-06-30). Install the edition in force on that date (scrub837 data install "
                        + "mue-practitioner FILE).",
                "PTP-MARCH NCCI-PTP reject 2 ncci-ptp-practitioner-2026q1: 11042 on line 2 (2026-03-20) is the column 2 "
                        + "code of an NCCI procedure-to-procedure edit with 15271 on line 1 (edition "
                        + "ncci-ptp-practitioner-2026q1, in effect from 2020-01-01). The edit's modifier indicator is 0: "
                        + "no modifier allows the pair. Remove the 11042 line.",
                "PTP-APRIL NCCI-PTP reject 2 ncci-ptp-practitioner-2026q2: 97597 on line 2 (2026-04-15) is the column 2 "
                        + "code of an NCCI procedure-to-procedure edit with 15271 on line 1 (edition "
                        + "ncci-ptp-practitioner-2026q2, in effect from 2020-01-01). If 97597 was a separate, distinct "
                        + "service (another site, session or encounter), add the appropriate NCCI-associated modifier "
                        + "(e.g. an anatomic modifier such as RT/LT or T1-T9, or 59/XE/XS/XP/XU) and document it; "
                        + "otherwise remove the 97597 line.",
                "PTP-JULY MUE-LINE warn 1 (none): No MUE edition (mue-practitioner) covers the date of service "
                        + "2026-07-10, so this check was not made for it; installed: mue-practitioner-2026q2 (2026-04-01 "
                        + "to 2026-06-30). Install the edition in force on that date (scrub837 data install "
                        + "mue-practitioner FILE).",
                "PTP-JULY NCCI-PTP warn 1 (none): No NCCI PTP edition (ncci-ptp-practitioner) covers the date of "
                        + "service 2026-07-10, so this check was not made for it; installed: ncci-ptp-practitioner-2026q1 "
                        + "(2026-01-01 to 2026-03-31), ncci-ptp-practitioner-2026q2 (2026-04-01 to 2026-06-30). Install "
                        + "the edition in force on that date (scrub837 data install ncci-ptp-practitioner FILE).",
                "MUE-APRIL MUE-LINE reject 1 mue-practitioner-2026q2: 11042 on line 1: 3 units exceed the MUE of 1 "
                        + "(MAI 1, line edit, edition mue-practitioner-2026q2). Correct the units, or, where the extra "
                        + "units are medically necessary, report them on a separate line with the appropriate modifier "
                        + "(e.g. 76, 77, 91, RT, LT).",
                "ICD-HEADER IG-CODE reject null icd10cm-fy2026: Diagnosis 'L9741' is an ICD-10-CM category header, "
                        + "not a billable code, on 2026-04-15; report the complete code with all its characters (edition "
                        + "icd10cm-fy2026).",
                "HCPCS-ENDED IG-CODE reject 1 hcpcs-2026q2: 2400 line 1: procedure code 'A6010' is not in effect on "
                        + "2026-04-15: it is valid from 1996-01-01 to 2026-03-31 (edition hcpcs-2026q2); use the code in "
                        + "effect on the date of service."),
                tableFindings(report));
    }

    @Test
    void anUnlistedHcpcsCodeIsRejectedAndADateBeforeEveryEditionIsWarnedOnce() throws IOException {
        JsonNode report = scrub(configWithEditions(), ClaimFiles.professional(
                new ClaimFiles.TestClaim("HCPCS-UNKNOWN", "L97412", "A9999 1 20260415"),
                new ClaimFiles.TestClaim("ICD-TOO-EARLY", "L9741", "97597 1 20250915", "97597 1 20250916")));

        assertEquals(List.of(
                "HCPCS-UNKNOWN IG-CODE reject 1 hcpcs-2026q2: 2400 line 1: procedure code 'A9999' is not a HCPCS Level "
                        + "II code on 2026-04-15 (edition hcpcs-2026q2 does not list it); check the code.",
                "ICD-TOO-EARLY MUE-LINE warn 1 (none): No MUE edition (mue-practitioner) covers the date of service "
                        + "2025-09-15, so this check was not made for it; installed: mue-practitioner-2026q2 (2026-04-01 "
                        + "to 2026-06-30). Install the edition in force on that date (scrub837 data install "
                        + "mue-practitioner FILE).",
                "ICD-TOO-EARLY IG-CODE warn null (none): No ICD-10-CM edition (icd10cm) covers the date of service "
                        + "2025-09-15, so this check was not made for it; installed: icd10cm-fy2026 (2025-10-01 to "
                        + "2026-09-30). Install the edition in force on that date (scrub837 data install icd10cm FILE)."),
                tableFindings(report));
    }
}

package org.scrub837.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.FileStatus;
import org.scrub837.testing.TestConfig;

/**
 * Issue #20 item 4 across files: with {@code scrub.history.mueAcrossFiles} the units of accepted
 * claims of earlier interchanges (the claim history) count toward a date-of-service MUE. The sample
 * mue-dos-across-claims.edi with the made-up table (11042: MUE 3, MAI 2) accepts PCN-P-MA1 (2 units on
 * 2025-06-02) and PCN-P-MA3 (1 unit on 2025-06-03); sent again as another interchange, MA1 makes 4
 * units on 2025-06-02 with the history and is rejected; the same interchange scrubbed again is not
 * (its own units are not counted twice), nor anything with the setting off.
 */
class MueAcrossFilesHistoryTest {

    private static final Path SAMPLE = Path.of("edi-samples/837P/mue-dos-across-claims.edi");

    @TempDir
    Path root;

    private Path config() throws IOException {
        Path config = TestConfig.watchFolder(root, 1);
        Path rules = config.resolve("rules.yaml");
        String table = Path.of("src/test/resources/sample-tables/mue-practitioner-sample.csv").toAbsolutePath()
                .toString();
        Files.writeString(rules, Files.readString(rules).replace("  practitioner: null", "  practitioner: " + table));
        return config;
    }

    @ParameterizedTest(name = "setting {0}, new interchange {1} -> MA1 flagged {2}")
    @CsvSource({"true, true, true", "true, false, false", "false, true, false"})
    void unitsOfEarlierFilesCount(boolean setting, boolean newInterchange, boolean flagged) throws Exception {
        try (TestDatabase tdb = TestDatabase.create()) {
            Properties p = tdb.properties();
            p.setProperty(MueHistoryCheck.SETTING, Boolean.toString(setting));
            StoreScrubs scrubs = new StoreScrubs(config(), root, ClaimStore.open(p, TestDatabase.environment()).orElseThrow(), true);
            assertEquals(FileStatus.PARTIAL, scrubs.scrub(SAMPLE).status(), "MA2 and MA4 rejected in the file");
            assertEquals(2, tdb.count("SELECT count(*) FROM scrub_claim_units"), "units of MA1 and MA3");

            Path again = newInterchange
                    ? StoreScrubs.copy(SAMPLE, root, "again.edi", "*000000604*", "*000000704*", "*000000604~",
                            "*000000704~")
                    : SAMPLE;
            scrubs.scrub(again);
            String report = scrubs.report(again);

            assertEquals(flagged, report.contains("accepted claims of earlier files"), report);
            if (flagged) {
                assertTrue(report.contains("4, above the MUE of 3"), report);
            } else {
                assertFalse(report.contains("earlier files"), report);
            }
        }
    }
}

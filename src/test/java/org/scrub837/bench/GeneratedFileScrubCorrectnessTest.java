package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.ClaimType;

/**
 * The engine, with the shipped configuration, on generated files: every claim gets the status the
 * generator planned, and every planted defect is rejected by its rule.
 */
class GeneratedFileScrubCorrectnessTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "PROFESSIONAL, 4, 2",
        "INSTITUTIONAL, 4, 2",
        "PROFESSIONAL, 1, 1",
    })
    void everyClaimGetsThePlannedOutcome(ClaimType type, int transactions, int groups) throws Exception {
        Generator837.Summary summary = Generator837.generate(
                GeneratorOptions.ofClaims(type, 5, 150).withTransactions(transactions, groups), dir.resolve("g.edi"));
        FullScrub engine = new FullScrub(Path.of("config"), "json");

        FullScrub.Done done = engine.scrub(summary.file(), dir.resolve("out"), "g");
        ReportCheck.Result check = ReportCheck.compare(done.report(), summary.expected());

        assertEquals(150, done.outcome().claims());
        assertTrue(check.allRight(), check.summary() + " " + check.firstMismatches());
    }

    /** Large enough that rules and writers run on the scrub's second thread (FileScrubber's hand-off). */
    @ParameterizedTest
    @CsvSource({"PROFESSIONAL", "INSTITUTIONAL"})
    void aFileScrubbedOnTwoThreadsGetsThePlannedOutcomes(ClaimType type) throws Exception {
        Generator837.Summary summary = Generator837.generate(
                GeneratorOptions.ofClaims(type, 7, 1500).withTransactions(1, 1), dir.resolve("h.edi"));
        assertTrue(java.nio.file.Files.size(summary.file()) >= org.scrub837.scrub.ScrubPolicy.HAND_OFF_MIN_BYTES);
        FullScrub engine = new FullScrub(Path.of("config"), "json");

        FullScrub.Done done = engine.scrub(summary.file(), dir.resolve("out"), "h");
        ReportCheck.Result check = ReportCheck.compare(done.report(), summary.expected());

        assertEquals(1500, done.outcome().claims());
        assertTrue(check.allRight(), check.summary() + " " + check.firstMismatches());
    }

    @ParameterizedTest
    @CsvSource({"PROFESSIONAL", "INSTITUTIONAL"})
    void theParallelScrubGetsThePlannedOutcomes(ClaimType type) throws Exception {
        Generator837.Summary summary = Generator837.generate(
                GeneratorOptions.ofClaims(type, 6, 120).withTransactions(5, 2), dir.resolve("p.edi"));
        FullScrub engine = new FullScrub(Path.of("config"), "json");

        FullScrub.Done done = engine.scrubInParallel(summary.file(), dir.resolve("out"), "p", 2);
        ReportCheck.Result check = ReportCheck.compare(done.report(), summary.expected());

        assertEquals(120, done.outcome().claims());
        assertTrue(check.allRight(), check.summary() + " " + check.firstMismatches());
    }
}

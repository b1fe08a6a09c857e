package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.ClaimType;

class GeneratorValidStructureTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "PROFESSIONAL, 7, 3",
        "INSTITUTIONAL, 7, 3",
        "PROFESSIONAL, 1, 1",
        "INSTITUTIONAL, 1, 1",
    })
    void passesControlValidationWithOneClaimPerExpectedRow(ClaimType type, int transactions, int groups)
            throws Exception {
        GeneratorOptions options = GeneratorOptions.ofClaims(type, 7, 800).withTransactions(transactions, groups);
        Generator837.Summary summary = Generator837.generate(options, dir.resolve("g.edi"));

        EdiStructureCheck check = EdiStructureCheck.of(summary.file());
        ExpectedOutcomes expected = ExpectedOutcomes.of(summary.expected());

        assertEquals(List.of(), check.problems);
        assertEquals(1, check.interchanges);
        assertEquals(groups, check.groups);
        assertEquals(transactions, check.transactions);
        assertEquals(800, check.claims);
        assertEquals(check.claims, expected.rows);
    }

    @ParameterizedTest
    @CsvSource({"PROFESSIONAL", "INSTITUTIONAL"})
    void sizeTargetIsReachedAndStaysValid(ClaimType type) throws Exception {
        GeneratorOptions options = GeneratorOptions.ofBytes(type, 11, 300_000).withTransactions(4, 2);
        Generator837.Summary summary = Generator837.generate(options, dir.resolve("s.edi"));

        EdiStructureCheck check = EdiStructureCheck.of(summary.file());

        assertEquals(List.of(), check.problems);
        assertEquals(4, check.transactions);
        assertEquals(check.claims, ExpectedOutcomes.of(summary.expected()).rows);
        // Generation stops after the block that reaches the target: a few claims past it at most.
        long size = java.nio.file.Files.size(summary.file());
        assertEquals(size, summary.bytes());
        org.junit.jupiter.api.Assertions.assertTrue(size >= 300_000 && size < 310_000, "size " + size);
    }
}

package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.ClaimType;

class GeneratorDefectSharesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "PROFESSIONAL, 1000, 0.10",
        "INSTITUTIONAL, 1000, 0.10",
        "PROFESSIONAL, 2000, 0.25",
        "PROFESSIONAL, 500, 0.0",
    })
    void rejectedRowsMatchTheShareAndDefectsTakeTurns(ClaimType type, int claims, double share) throws Exception {
        GeneratorOptions options = GeneratorOptions.ofClaims(type, 3, claims).withShares(share, 0.3, 0.2);
        Generator837.Summary summary = Generator837.generate(options, dir.resolve("d.edi"));

        ExpectedOutcomes expected = ExpectedOutcomes.of(summary.expected());

        long defective = (long) Math.floor(claims * share);
        assertEquals(Generator837.EXPECTED_HEADER, expected.header);
        assertEquals(claims, expected.rows);
        assertEquals(defective, expected.rejected);
        assertEquals(claims - defective, expected.accepted);
        int kinds = EnumSet.allOf(PlantedDefect.class).size();
        for (PlantedDefect defect : PlantedDefect.values()) {
            long count = expected.byDefect.getOrDefault(defect, 0L);
            // Defects take turns, so each gets its even share of the defective claims, give or take one.
            assertEquals(defective / kinds, count, 1.0, defect.ruleId());
        }
        assertEquals(summary.defects(), expected.byDefect);
    }
}

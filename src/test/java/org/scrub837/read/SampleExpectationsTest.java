package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;

/**
 * The samples are clean X12 (no syntax issue at all, so only the rules decide), and
 * edi-samples/expected.tsv names exactly the claims the samples hold (a rejected claim with at least one
 * rule; an accepted claim may list the warnings it must carry).
 */
class SampleExpectationsTest {

    static Stream<Path> samples() {
        return EdiTestFiles.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleHasNoSyntaxIssue(Path file) throws Exception {
        CollectingHandler read = EdiTestFiles.read(file);

        read.transactionEnds.forEach(e -> assertEquals(List.of(), e.issues()));
        read.groupEnds.forEach(e -> assertEquals(List.of(), e.issues()));
        read.interchangeEnds.forEach(e -> assertEquals(List.of(), e.issues()));
    }

    @Test
    void expectedTsvListsEveryClaimOfEverySample() throws Exception {
        List<String> rows = Files.readAllLines(EdiTestFiles.SAMPLES.resolve("expected.tsv"));
        assertEquals(List.of("file", "claimId", "expectedStatus", "expectedRules"), List.of(rows.get(0).split("\t")));
        Set<String> expected = new TreeSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t", -1);
            assertEquals(4, cells.length, row);
            assertTrue(Set.of("accepted", "rejected").contains(cells[2]), row);
            // A rejected claim names the rule that rejects it; an accepted one may name warnings.
            if (cells[2].equals("rejected")) {
                assertFalse(cells[3].isEmpty(), row);
            }
            expected.add(cells[0] + " " + cells[1]);
        }

        Set<String> actual = new TreeSet<>();
        for (Path file : EdiTestFiles.samples()) {
            String relative = EdiTestFiles.SAMPLES.relativize(file).toString().replace('\\', '/');
            for (Claim claim : EdiTestFiles.read(file).claims) {
                actual.add(relative + " " + claim.claimId());
            }
        }
        assertEquals(new ArrayList<>(expected), new ArrayList<>(actual));
    }
}

package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrub837.bench.Generator837;
import org.scrub837.bench.GeneratorOptions;
import org.scrub837.model.ClaimType;
import org.scrub837.model.FileOutcome;

/**
 * The parallel scrub keeps at most {@link ParallelScrubPolicy#maxPiecesInFlight()} pieces being
 * scrubbed or spooled and not yet replayed, whatever the number of transactions, and leaves no
 * spool file behind.
 */
class ParallelScrubInFlightBoundTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void piecesInFlightNeverExceedTheBound(int threads) throws Exception {
        Path input = Generator837.generate(GeneratorOptions.ofClaims(ClaimType.PROFESSIONAL, 41, 60)
                .withTransactions(20, 2), dir.resolve("many.edi")).file();
        Path spool = Files.createDirectories(dir.resolve("spool"));
        List<Integer> seen = new CopyOnWriteArrayList<>();
        ParallelScrubFixture fixture = new ParallelScrubFixture();

        FileOutcome outcome = fixture.parallel(threads, seen::add, spool)
                .scrub(input, "many", ParallelScrubFixture.allOutputs(Files.createDirectories(dir.resolve("out"))));

        int bound = ScrubPolicy.of(threads, 0, 1).maxPiecesInFlight();
        assertEquals(60, outcome.claims());
        assertEquals(40, seen.size(), "each of the 20 pieces went in and out of flight once");
        assertTrue(seen.stream().allMatch(n -> n >= 0 && n <= bound), "in flight " + seen + ", bound " + bound);
        assertEquals(0, seen.get(seen.size() - 1));
        try (Stream<Path> left = Files.list(spool)) {
            assertEquals(List.of(), left.toList(), "spool files left behind");
        }
    }
}

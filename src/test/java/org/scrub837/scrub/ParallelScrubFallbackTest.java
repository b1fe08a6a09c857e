package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.bench.Generator837;
import org.scrub837.bench.GeneratorOptions;
import org.scrub837.model.ClaimType;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;

/**
 * A file the parallel scrub cannot take whole (cut short, a transaction the reader fails on, an
 * irregular layout) gets the sequential scrub's outputs, byte for byte; a failed file's reports
 * are the sequential ones.
 */
class ParallelScrubFallbackTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        // the byte scan fails: no piece is scrubbed
        "TRUNCATED, FAILED, false",
        // the fifth transaction fails on its own after earlier pieces were replayed into the writers
        "BAD_SEGMENT_IN_FIFTH_TRANSACTION, FAILED, true",
        // blanks between envelope segments: the byte scan calls it irregular
        "BLANKS_BETWEEN_ENVELOPES, PARTIAL, false",
    })
    void fallbackGivesTheSequentialOutputs(String damage, FileStatus status, boolean piecesTried) throws Exception {
        Path input = damaged(damage);
        ParallelScrubFixture fixture = new ParallelScrubFixture();
        Path sequentialOut = Files.createDirectories(dir.resolve("sequential"));
        Path parallelOut = Files.createDirectories(dir.resolve("parallel"));
        AtomicInteger peak = new AtomicInteger();

        FileOutcome expected = fixture.sequential().scrub(input, "f", ParallelScrubFixture.allOutputs(sequentialOut));
        FileOutcome actual = fixture.parallel(2, n -> peak.accumulateAndGet(n, Math::max))
                .scrub(input, "f", ParallelScrubFixture.allOutputs(parallelOut));

        assertEquals(status, expected.status());
        assertEquals(piecesTried, peak.get() > 0, "pieces were scrubbed before the fallback");
        assertEquals(expected, actual);
        ParallelScrubFixture.assertSameFiles(sequentialOut, parallelOut);
    }

    private Path damaged(String damage) throws IOException {
        Path file = Generator837.generate(GeneratorOptions.ofClaims(ClaimType.PROFESSIONAL, 31, 80)
                .withTransactions(8, 2), dir.resolve("g.edi")).file();
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String out = switch (damage) {
            case "TRUNCATED" -> text.substring(0, nth(text, "\nST*", 3) + 200);
            case "BAD_SEGMENT_IN_FIFTH_TRANSACTION" -> {
                int at = text.indexOf("\nHL*", nth(text, "\nST*", 5));
                yield text.substring(0, at + 1) + "H%L*1~\n" + text.substring(at + 1);
            }
            case "BLANKS_BETWEEN_ENVELOPES" -> text.replace("~\nST*", "~\n  ST*");
            default -> throw new IllegalArgumentException(damage);
        };
        Path bad = dir.resolve(damage.toLowerCase() + ".edi");
        Files.writeString(bad, out, StandardCharsets.ISO_8859_1);
        return bad;
    }

    /** Index of the n-th (from 1) occurrence of {@code what}. */
    private static int nth(String text, String what, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(what, at + 1);
        }
        return at;
    }
}

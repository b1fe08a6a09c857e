package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrub837.model.FileOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * DUPLICATE-CLAIM keeps state across the claims of one file: the parallel scrub, which judges the
 * transactions concurrently, reports the same duplicates on the same claims (file order) as the
 * sequential scrub, with byte-identical outputs.
 */
class DuplicateClaimParallelScrubTest {

    private static final int TRANSACTIONS = 4;

    @TempDir
    Path dir;

    /** The duplicate-claims sample's transaction (3 claims, the second a copy of the first), 4 times over. */
    private Path input() throws Exception {
        String sample = Files.readString(Path.of("edi-samples/837P/duplicate-claims.edi"), StandardCharsets.ISO_8859_1);
        int st = sample.indexOf("ST*837*");
        int geStart = sample.indexOf("GE*");
        String transaction = sample.substring(st, geStart);
        StringBuilder all = new StringBuilder(sample.substring(0, st));
        for (int i = 1; i <= TRANSACTIONS; i++) {
            all.append(transaction.replace("ST*837*0001*", "ST*837*000" + i + "*")
                    .replaceFirst("SE\\*(\\d+)\\*0001~", "SE*$1*000" + i + "~"));
        }
        all.append(sample.substring(geStart).replaceFirst("GE\\*1\\*", "GE*" + TRANSACTIONS + "*"));
        Path file = dir.resolve("dups.edi");
        Files.writeString(file, all.toString(), StandardCharsets.ISO_8859_1);
        return file;
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3})
    void sameDuplicatesAsTheSequentialScrub(int threads) throws Exception {
        Path input = input();
        ParallelScrubFixture fixture = new ParallelScrubFixture();
        Path sequentialOut = Files.createDirectories(dir.resolve("sequential"));
        Path parallelOut = Files.createDirectories(dir.resolve("parallel"));
        AtomicInteger peak = new AtomicInteger();

        FileOutcome expected = fixture.sequential().scrub(input, "f", ParallelScrubFixture.allOutputs(sequentialOut));
        FileOutcome actual = fixture.parallel(threads, n -> peak.accumulateAndGet(n, Math::max))
                .scrub(input, "f", ParallelScrubFixture.allOutputs(parallelOut));

        assertTrue(peak.get() > 0, "the file was scrubbed in pieces");
        assertEquals(expected, actual);
        ParallelScrubFixture.assertSameFiles(sequentialOut, parallelOut);
        // claim n of the file: which earlier claim it repeats (0: none)
        List<String> repeats = new ArrayList<>();
        JsonNode report = new ObjectMapper().readTree(parallelOut.resolve("f" + ReportFormat.JSON.suffix()).toFile());
        for (JsonNode claim : report.get("claims")) {
            String first = "0";
            for (JsonNode f : claim.get("findings")) {
                if (f.get("rule").asText().equals("DUPLICATE-CLAIM")) {
                    first = f.get("message").asText().replaceAll("^This claim repeats claim (\\d+) .*$", "$1");
                }
            }
            repeats.add(first);
        }
        assertEquals(List.of("0", "1", "0", "1", "1", "3", "1", "1", "3", "1", "1", "3"), repeats);
    }
}

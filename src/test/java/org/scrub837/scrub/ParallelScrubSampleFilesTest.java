package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.FileOutcome;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.scrub.parallel.TransactionSplitter;

/**
 * Real files written by other projects (../shared/corpus) and the project's samples: the parallel
 * scrub (taken, or fallen back from) gives the sequential outputs byte for byte, in every format.
 * Files the byte scan finds fewer than two transactions in are left out; absent folders too.
 */
class ParallelScrubSampleFilesTest {

    private static final long LARGEST = 2_000_000;

    @TempDir
    Path dir;

    static Stream<Path> multiTransactionFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("../shared/corpus"), Path.of("edi-samples"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(ParallelScrubSampleFilesTest::severalTransactions)
                            .sorted().forEach(files::add);
                }
            }
        }
        Assumptions.assumeFalse(files.isEmpty(), "no multi-transaction sample files on this machine");
        return files.stream();
    }

    /** Every 837 sample, to be doubled into a file of two interchanges. */
    static Stream<Path> all837Files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("../shared/corpus"), Path.of("edi-samples"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(ParallelScrubSampleFilesTest::is837).sorted()
                            .forEach(files::add);
                }
            }
        }
        Assumptions.assumeFalse(files.isEmpty(), "no 837 sample files on this machine");
        return files.stream();
    }

    private static boolean is837(Path p) {
        String name = p.getFileName().toString();
        try {
            return !name.endsWith(".md") && !name.endsWith(".tsv") && Files.size(p) <= LARGEST
                    && new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).matches("(?s).*ST.837.*");
        } catch (IOException e) {
            return false;
        }
    }

    /** Two transactions or more as the byte scan sees them; a file it cannot scan is kept too. */
    private static boolean severalTransactions(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(".md") || name.endsWith(".tsv")) {
            return false;
        }
        try {
            return Files.size(p) <= LARGEST && TransactionSplitter.split(p).transactions().size() >= 2;
        } catch (IOException | InvalidEdiException | RuntimeException e) {
            return false;
        }
    }

    @ParameterizedTest
    @MethodSource("multiTransactionFiles")
    void parallelOutputsEqualSequentialOutputs(Path input) throws Exception {
        ParallelScrubFixture fixture = new ParallelScrubFixture();
        Path sequentialOut = Files.createDirectories(dir.resolve("sequential"));
        Path parallelOut = Files.createDirectories(dir.resolve("parallel"));

        FileOutcome expected = fixture.sequential().scrub(input, "f", ParallelScrubFixture.allOutputs(sequentialOut));
        FileOutcome actual = fixture.parallel(2, n -> { }).scrub(input, "f",
                ParallelScrubFixture.allOutputs(parallelOut));

        assertEquals(expected, actual);
        ParallelScrubFixture.assertSameFiles(sequentialOut, parallelOut);
    }

    /** The file twice in a row: two interchanges, each transaction a piece of its own. */
    @ParameterizedTest
    @MethodSource("all837Files")
    void doubledFileGivesTheSequentialOutputs(Path sample) throws Exception {
        String once = new String(Files.readAllBytes(sample), StandardCharsets.ISO_8859_1).strip();
        Path input = dir.resolve("doubled.edi");
        String lineBreak = once.length() > 106 && once.charAt(106) == '\r' ? "\r\n"
                : once.length() > 106 && once.charAt(106) == '\n' ? "\n" : "";
        Files.writeString(input, once + lineBreak + once + lineBreak, StandardCharsets.ISO_8859_1);

        parallelOutputsEqualSequentialOutputs(input);
    }
}

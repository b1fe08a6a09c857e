package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.FileOutcome;

/**
 * The keys {@code scrub.parallelThreads} and {@code scrub.parallelMinBytes} reach the engine's
 * scrubber, and the scrubber it gives writes the sequential outputs.
 */
class ScrubEngineParallelWiringTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"3, 3", "1, 1"})
    void threadsKeyIsTaken(String value, int threads) throws IOException {
        ScrubEngine engine = ScrubEngine.load(config("scrub.parallelThreads = " + value + "\n"));

        assertEquals(threads, engine.policy().parallelThreads());
    }

    @Test
    void autoMeansTheProcessors() throws IOException {
        ScrubEngine engine = ScrubEngine.load(config("scrub.parallelThreads = auto\n"));

        assertEquals(Runtime.getRuntime().availableProcessors(), engine.policy().parallelThreads());
        assertEquals(ScrubSettings.DEFAULT_PARALLEL_MIN_BYTES, engine.policy().parallelMinBytes());
    }

    @Test
    void aThreadCountThatIsNoNumberIsRefused() throws IOException {
        Path config = config("scrub.parallelThreads = many\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScrubEngine.load(config));
        assertEquals(true, e.getMessage().contains("scrub.parallelThreads"), e.getMessage());
    }

    @Test
    void engineScrubberWithParallelKeysWritesTheSequentialOutputs() throws IOException {
        ScrubEngine engine = ScrubEngine.load(config("scrub.parallelThreads = 2\nscrub.parallelMinBytes = 0\n"));
        Path input = Path.of("edi-samples/837P/multi-st.edi");
        Path parallelOut = Files.createDirectories(dir.resolve("parallel"));
        Path sequentialOut = Files.createDirectories(dir.resolve("sequential"));
        EnumSet<ReportFormat> formats = EnumSet.of(ReportFormat.JSON, ReportFormat.TXT, ReportFormat.HTML);

        FileOutcome parallel = engine.scrubber().scrub(input, engine.outputs(parallelOut, parallelOut, formats));
        FileOutcome sequential = new FileScrubber(engine.reader(), engine.evaluator()).scrub(input,
                engine.outputs(sequentialOut, sequentialOut, formats));

        assertEquals(sequential, parallel);
        ParallelScrubFixture.assertSameFiles(sequentialOut, parallelOut);
    }

    /** A copy of the shipped configuration folder with lines added to its settings. */
    private Path config(String extra) throws IOException {
        Path target = dir.resolve("config");
        Path source = Path.of("config");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path settings = target.resolve(ScrubSettings.FILE_NAME);
        // the per-transaction scrub spools under scrub.state: keep it in the test's folder
        Files.writeString(settings, Files.readString(settings) + "\nscrub.state = " + dir.resolve("state") + "\n" + extra);
        return target;
    }
}

package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.FileOutcome;
import org.scrub837.testing.TestConfig;

/**
 * A scrubber with a progress listener tells it the whole file read, every claim done and the end,
 * on the sequential scrub and on the per-transaction parallel one alike.
 */
class ScrubProgressHookTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"1, 4194304", "2, 0"})
    void progressHearsEveryByteAndClaim(int threads, long minBytes) throws IOException {
        Path config = dir.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);
        Path settings = config.resolve(ScrubSettings.FILE_NAME);
        Files.writeString(settings, Files.readString(settings) + "\nscrub.parallelThreads = " + threads
                + "\nscrub.parallelMinBytes = " + minBytes + "\n");
        ScrubEngine engine = ScrubEngine.load(config);
        Path input = Path.of("edi-samples/837P/multi-st.edi");
        AtomicLong bytes = new AtomicLong();
        AtomicLong claims = new AtomicLong();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        ScrubProgress progress = file -> {
            started.incrementAndGet();
            return new ScrubProgress.File() {
                @Override
                public void bytesRead(long offset) {
                    bytes.accumulateAndGet(offset, Math::max);
                }

                @Override
                public void claimDone() {
                    claims.incrementAndGet();
                }

                @Override
                public void finished() {
                    finished.incrementAndGet();
                }
            };
        };
        Path out = Files.createDirectories(dir.resolve("out"));
        FileOutcome outcome = engine.scrubber().withProgress(progress).scrub(input,
                engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));

        assertEquals(Files.size(input), bytes.get(), "read to the end");
        assertEquals(outcome.claims(), claims.get());
        assertEquals(1, started.get());
        assertEquals(1, finished.get());
    }
}

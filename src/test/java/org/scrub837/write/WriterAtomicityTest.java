package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;

/** Every writer: nothing in the folder after close() without finish(), and no temporary left after finish(). */
class WriterAtomicityTest {

    @TempDir
    Path dir;

    static Stream<Arguments> writers() {
        return Stream.of(
                Arguments.of("B.clean.837", (Function<Path, ResultWriter>) p -> new Split837Writer(p, SplitSide.CLEAN)),
                Arguments.of("B.rejected.837", (Function<Path, ResultWriter>) p -> new Split837Writer(p, SplitSide.REJECTED)),
                Arguments.of("B.report.json", (Function<Path, ResultWriter>) JsonReportWriter::new),
                Arguments.of("B.summary.txt", (Function<Path, ResultWriter>) TextSummaryWriter::new),
                Arguments.of("B.report.html", (Function<Path, ResultWriter>) HtmlReportWriter::new),
                Arguments.of("B.999", (Function<Path, ResultWriter>) Ack999Writer::new),
                Arguments.of("B.277ca", (Function<Path, ResultWriter>) Ack277caWriter::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void closeWithoutFinishLeavesNothing(String name, Function<Path, ResultWriter> factory) throws Exception {
        try (ResultWriter w = factory.apply(dir.resolve(name))) {
            SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), w);
        }
        assertEquals(List.of(), X12Files.listing(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void finishLeavesOnlyTheTarget(String name, Function<Path, ResultWriter> factory) throws Exception {
        ResultWriter w = factory.apply(dir.resolve(name));
        try (w) {
            List<ClaimResult> results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), w);
            w.finish(SampleFiles.outcome(results));
        }
        assertEquals(List.of(name), X12Files.listing(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void failedFileWritesReportsButNoX12(String name, Function<Path, ResultWriter> factory) throws Exception {
        try (ResultWriter w = factory.apply(dir.resolve(name))) {
            List<ClaimResult> results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), w);
            w.finish(new FileOutcome("B", "B.837", FileStatus.FAILED, "2026.1", results.size(), 0, 0, List.of()));
        }
        // A file that is not valid X12 gets its reports but no X12 output (837, 999, 277CA), not even a part of one.
        boolean x12 = name.endsWith(".837") || name.endsWith(".999") || name.endsWith(".277ca");
        assertEquals(x12 ? List.of() : List.of(name), X12Files.listing(dir));
    }
}

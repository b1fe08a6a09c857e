package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample and real-world corpus file reads and hands out exactly one claim per CLM segment. */
class ClaimCountMatchesClmSegmentsTest {

    static Stream<Path> files() {
        return EdiTestFiles.readableFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void oneClaimPerClmSegment(Path file) throws Exception {
        assumeTrue(Files.isRegularFile(file), "shared corpus absent");
        byte[] bytes = Files.readAllBytes(file);
        List<String> segments = EdiTestFiles.segments(bytes);

        CollectingHandler read = EdiTestFiles.read(bytes, file.getFileName().toString());

        assertEquals(EdiTestFiles.countTag(segments, "CLM"), read.claims.size());
        assertEquals(EdiTestFiles.countTag(segments, "ST"), read.transactionEnds.size());
    }
}

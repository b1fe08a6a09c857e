package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each input limit stops reading with an InvalidEdiException whose reason names the value met, the
 * maximum and the key that sets it; the limits load from properties.
 */
class ReaderLimitsTest {

    private static final ReaderLimits D = ReaderLimits.defaults();

    static Stream<Arguments> limitsMet() {
        String clean = EdiTestFiles.sampleText("837P/q4293-clean.edi");
        String mixed = EdiTestFiles.sampleText("837P/multi-claim-mixed.edi");
        // 70,000 bytes in 1,000-byte components: over the segment limit, under the parser's element buffer
        String longNote = clean.replace("HI*ABK:L97412~\n", "HI*ABK:L97412~\nNTE*ADD*"
                + ("A".repeat(999) + ":").repeat(69) + "A".repeat(992) + "~\n");
        String longElement = clean.replace("HI*ABK:L97412~\n", "HI*ABK:L97412~\nNTE*ADD*" + "A".repeat(5000) + "~\n");
        String manyElements = clean.replace("HI*ABK:L97412~\n", "HI*ABK:L97412~\nNTE*ADD" + "*A".repeat(119) + "~\n");
        return Stream.of(
                Arguments.of("file size", clean, withFileBytes(500), 12L,
                        "file size 501 exceeds the maximum 500 (scrub.limits.maxFileBytes)"),
                Arguments.of("segment length", longNote, D, 23L,
                        "segment length 70000 exceeds the maximum 65536 (scrub.limits.maxSegmentLength)"),
                Arguments.of("element length (parser)", longElement, D, 23L,
                        "element length 5000 exceeds the maximum 4096 (fixed by the StAEDI parser, not configurable)"),
                Arguments.of("element count", manyElements, D, 23L,
                        "element count 120 exceeds the maximum 99 (scrub.limits.maxElementsPerSegment)"),
                Arguments.of("claims per transaction", mixed, new ReaderLimits(D.maxFileBytes(), D.maxSegmentLength(),
                        D.maxElementsPerSegment(), 2, D.maxLinesPerClaim()), 44L,
                        "claim count 3 exceeds the maximum 2 (scrub.limits.maxClaimsPerTransaction)"),
                Arguments.of("lines per claim", clean, new ReaderLimits(D.maxFileBytes(), D.maxSegmentLength(),
                        D.maxElementsPerSegment(), D.maxClaimsPerTransaction(), 1), 26L,
                        "line count 2 exceeds the maximum 1 (scrub.limits.maxLinesPerClaim)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitsMet")
    void limitMetFailsTheFileNamingTheKey(String name, String text, ReaderLimits limits, long position, String reason) {
        InvalidEdiException e = assertThrows(InvalidEdiException.class, () -> ClaimReaders.create(limits).read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "limits.edi", new CollectingHandler()));

        assertEquals(reason, e.reason());
        assertEquals(position, e.fileSegmentPosition());
    }

    @Test
    void limitsLoadFromProperties() {
        Properties p = new Properties();
        p.setProperty(ReaderLimits.MAX_FILE_BYTES, "1000");
        p.setProperty(ReaderLimits.MAX_SEGMENT_LENGTH, "2000");
        p.setProperty(ReaderLimits.MAX_ELEMENTS_PER_SEGMENT, "30");
        p.setProperty(ReaderLimits.MAX_CLAIMS_PER_TRANSACTION, "5_000");

        ReaderLimits limits = ReaderLimits.fromProperties(p);

        assertEquals(new ReaderLimits(1000, 2000, 30, 5000, ReaderLimits.DEFAULT_MAX_LINES_PER_CLAIM), limits);
    }

    @Test
    void shippedConfigFileHoldsTheDefaults() throws Exception {
        assertEquals(ReaderLimits.defaults(), ReaderLimits.load(Path.of("config/limits.properties")));
    }

    @Test
    void valueThatIsNotANumberIsRefusedNamingTheKey() {
        Properties p = new Properties();
        p.setProperty(ReaderLimits.MAX_LINES_PER_CLAIM, "many");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReaderLimits.fromProperties(p));

        assertEquals("scrub.limits.maxLinesPerClaim must be a positive whole number, was 'many'", e.getMessage());
    }

    @Test
    void zeroIsRefusedNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReaderLimits(0, 1, 1, 1, 1));

        assertEquals("scrub.limits.maxFileBytes must be at least 1, was 0", e.getMessage());
    }

    private static ReaderLimits withFileBytes(long max) {
        return new ReaderLimits(max, D.maxSegmentLength(), D.maxElementsPerSegment(), D.maxClaimsPerTransaction(),
                D.maxLinesPerClaim());
    }
}

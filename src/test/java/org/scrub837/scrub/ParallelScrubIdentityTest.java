package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.bench.Generator837;
import org.scrub837.bench.GeneratorOptions;
import org.scrub837.model.ClaimType;
import org.scrub837.model.FileOutcome;

/**
 * The parallel scrub of a file with several transactions gives the same outputs as the
 * sequential scrub, byte for byte, in every format, and hands the writers the same events.
 */
class ParallelScrubIdentityTest {

    @TempDir
    Path dir;

    /** How a test input is made. */
    enum Input {
        GENERATED_837P, GENERATED_837I, TWO_INTERCHANGES, MULTI_ST_SAMPLE, ENVELOPE_ERRORS, CRLF_LINE_BREAKS,
        NO_LINE_BREAKS
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Input.GENERATED_837P, 2),
                Arguments.of(Input.GENERATED_837P, 4),
                Arguments.of(Input.GENERATED_837I, 3),
                Arguments.of(Input.TWO_INTERCHANGES, 2),
                Arguments.of(Input.MULTI_ST_SAMPLE, 2),
                Arguments.of(Input.ENVELOPE_ERRORS, 2),
                Arguments.of(Input.CRLF_LINE_BREAKS, 3),
                Arguments.of(Input.NO_LINE_BREAKS, 2));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void parallelOutputsEqualSequentialOutputs(Input kind, int threads) throws Exception {
        Path input = make(kind);
        ParallelScrubFixture fixture = new ParallelScrubFixture();
        Path sequentialOut = Files.createDirectories(dir.resolve("sequential"));
        Path parallelOut = Files.createDirectories(dir.resolve("parallel"));
        AtomicInteger peak = new AtomicInteger();

        FileOutcome expected = fixture.sequential().scrub(input, "f", ParallelScrubFixture.allOutputs(sequentialOut));
        FileOutcome actual = fixture.parallel(threads, n -> peak.accumulateAndGet(n, Math::max))
                .scrub(input, "f", ParallelScrubFixture.allOutputs(parallelOut));

        assertTrue(peak.get() > 0, "the file was scrubbed in pieces");
        if (kind == Input.ENVELOPE_ERRORS) {
            String findings = expected.fileFindings().toString();
            for (String error : new String[] {"GE01 declares 9", "GE02 does not match", "IEA01 declares 3"}) {
                assertTrue(findings.contains(error), error + " is reported: " + findings);
            }
        }
        assertEquals(expected, actual);
        ParallelScrubFixture.assertSameFiles(sequentialOut, parallelOut);
    }

    private Path make(Input kind) throws IOException {
        return switch (kind) {
            case GENERATED_837P -> generate(ClaimType.PROFESSIONAL, 11, 7, 3, "p.edi");
            case GENERATED_837I -> generate(ClaimType.INSTITUTIONAL, 12, 5, 2, "i.edi");
            case TWO_INTERCHANGES -> {
                Path a = generate(ClaimType.PROFESSIONAL, 13, 3, 2, "a.edi");
                Path b = generate(ClaimType.PROFESSIONAL, 14, 4, 1, "b.edi");
                Path both = dir.resolve("two.edi");
                Files.write(both, concat(Files.readAllBytes(a), Files.readAllBytes(b)));
                yield both;
            }
            case MULTI_ST_SAMPLE -> Path.of("edi-samples/837P/multi-st.edi");
            case ENVELOPE_ERRORS -> {
                Path g = generate(ClaimType.PROFESSIONAL, 15, 4, 2, "e.edi");
                String text = Files.readString(g, StandardCharsets.ISO_8859_1);
                // wrong GE01 in the first group, wrong GE02 in the second, wrong IEA01
                text = text.replaceFirst("\nGE\\*(\\d+)\\*", "\nGE*9*");
                int second = text.indexOf("\nGE*", text.indexOf("\nGE*") + 1);
                int star = text.indexOf('*', second + 4);
                text = text.substring(0, star + 1) + "77" + text.substring(text.indexOf('~', star));
                text = text.replaceFirst("\nIEA\\*\\d+\\*", "\nIEA*3*");
                Path bad = dir.resolve("envelope-errors.edi");
                Files.writeString(bad, text, StandardCharsets.ISO_8859_1);
                yield bad;
            }
            case CRLF_LINE_BREAKS -> rewriteLineBreaks(generate(ClaimType.PROFESSIONAL, 16, 3, 1, "c.edi"), "\r\n");
            case NO_LINE_BREAKS -> rewriteLineBreaks(generate(ClaimType.INSTITUTIONAL, 17, 3, 2, "n.edi"), "");
        };
    }

    private Path generate(ClaimType type, long seed, int transactions, int groups, String name) throws IOException {
        return Generator837.generate(GeneratorOptions.ofClaims(type, seed, 60).withTransactions(transactions, groups),
                dir.resolve(name)).file();
    }

    private Path rewriteLineBreaks(Path file, String lineBreak) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1).replace("~\n", "~" + lineBreak);
        Path out = file.resolveSibling("lb-" + file.getFileName());
        Files.writeString(out, text, StandardCharsets.ISO_8859_1);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

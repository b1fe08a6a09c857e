package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.SyntaxIssue;

/**
 * Hostile and broken input ends with a clear outcome: an InvalidEdiException naming where reading
 * stopped and what was expected, or a read with syntax issues; never another exception. Text
 * fixtures are in src/test/resources/hostile/; binary ones are made here.
 */
class HostileInputTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile");

    static Stream<Arguments> unreadable() {
        return Stream.of(
                failing("empty file", () -> new byte[0], 0, "empty file: expected an X12 interchange starting with ISA"),
                failing("line breaks only", () -> ascii("\r\n  \n"), 0, "empty file"),
                failing("byte-order mark only", () -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0,
                        "empty file"),
                failing("PDF dropped by mistake", () -> ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< >>\nendobj\n"), 1,
                        "not an X12 interchange: the file does not start with ISA (it starts like a PDF document)"),
                failing("ZIP dropped by mistake", HostileInputTest::zipHeader, 1,
                        "not an X12 interchange: the file does not start with ISA (it starts like a ZIP archive)"),
                failing("binary garbage", () -> garbage(4096, 11), 1,
                        "not an X12 interchange: the file does not start with ISA"),
                failing("ISA not 106 characters", () -> fixture("isa-not-106-characters.edi"), 1,
                        "the ISA is 102 characters long: expected the fixed 106 characters"),
                failing("element separator a letter", () -> fixture("element-separator-is-a-letter.edi"), 1,
                        "the ISA declares a letter or digit as element separator"),
                failing("component separator a letter", () -> fixture("component-separator-is-a-letter.edi"), 1,
                        "the ISA declares a letter or digit as component separator (ISA16)"),
                failing("segment terminator a digit", () -> fixture("segment-terminator-is-a-digit.edi"), 1,
                        "the ISA declares a letter or digit as segment terminator"),
                failing("truncated mid-segment", () -> fixture("truncated-mid-segment.edi"), 27,
                        "the file ends inside segment 27: expected its segment terminator"),
                failing("missing IEA", () -> fixture("missing-iea.edi"), 30,
                        "the file ends after segment 30: expected IEA"),
                failing("missing GE and IEA", () -> fixture("missing-ge-iea.edi"), 29,
                        "the file ends after segment 29: expected GE and the trailers after it"),
                failing("missing SE, GE and IEA", () -> fixture("missing-se-ge-iea.edi"), 28,
                        "the file ends after segment 28: expected SE and the trailers after it"),
                failing("835", () -> fixture("835-remittance.edi"), 3, "not an 837 (ST01 is 835)"),
                failing("270", () -> fixture("270-eligibility.edi"), 3, "not an 837 (ST01 is 270)"),
                failing("834", () -> fixture("834-enrollment.edi"), 3, "not an 837 (ST01 is 834)"),
                failing("4010 837", () -> fixture("837-version-4010.edi"), 1, "only 5010 is supported (ISA12 is 00401)"),
                failing("4010 837 in a 5010 interchange", () -> fixture("837-version-4010-group-only.edi"), 2,
                        "only 5010 is supported (GS08 is 004010X098A1)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void failsNamingWhereAndWhatWasExpected(String name, Supplier<byte[]> input, long position, String reason) {
        InvalidEdiException e = assertThrows(InvalidEdiException.class,
                () -> EdiTestFiles.read(input.get(), "hostile.edi"));

        assertEquals(position, e.fileSegmentPosition(), e.getMessage());
        assertTrue(e.reason().startsWith(reason), e.reason());
        assertEquals("hostile.edi", e.fileName());
    }

    @ParameterizedTest(name = "garbage after a valid ISA, seed {0}")
    @MethodSource("seeds")
    void garbageAfterTheIsaFailsTheFile(int seed) {
        byte[] sample = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(sample, 0, 107);
        out.writeBytes(garbage(2048, seed));

        InvalidEdiException e = assertThrows(InvalidEdiException.class, () -> EdiTestFiles.read(out.toByteArray(),
                "garbage.edi"));

        assertTrue(e.fileSegmentPosition() >= 2, e.getMessage());
    }

    static Stream<Integer> seeds() {
        return Stream.of(1, 2, 3, 4, 5);
    }

    static Stream<Arguments> lineBreaks() {
        return Stream.of(Arguments.of("CRLF", "\r\n"), Arguments.of("LF", "\n"), Arguments.of("none", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lineBreaks")
    void lineBreakVariantsRead(String name, String lineBreak) throws Exception {
        String text = EdiTestFiles.sampleText("837P/q4293-clean.edi").replace("~\n", "~" + lineBreak);

        CollectingHandler read = EdiTestFiles.read(text, name + ".edi");

        assertEquals(1, read.claims.size());
        assertEquals(lineBreak, read.interchanges.get(0).delimiters().segmentSuffix());
        assertEquals(List.of(), read.interchangeEnds.get(0).issues());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void byteOrderMarkThenSampleReads(int ignored) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(sample());

        assertEquals(1, EdiTestFiles.read(out.toByteArray(), "bom.edi").claims.size());
    }

    static Stream<Arguments> readWithIssues() {
        return Stream.of(
                Arguments.of("component-separator-not-used.edi", "claim", "5"),
                Arguments.of("wrong-se01-ge01-iea01.edi", "SE", "4"),
                Arguments.of("wrong-se01-ge01-iea01.edi", "GE", "5"),
                Arguments.of("wrong-se01-ge01-iea01.edi", "IEA", "021"),
                Arguments.of("mismatched-control-numbers.edi", "SE", "3"),
                Arguments.of("mismatched-control-numbers.edi", "GE", "4"),
                Arguments.of("mismatched-control-numbers.edi", "IEA", "001"),
                Arguments.of("gs08-disagrees-with-st03.edi", "claim", "19"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("readWithIssues")
    void readsAndReportsTheIssue(String fixture, String where, String code) throws Exception {
        CollectingHandler read = EdiTestFiles.read(fixture(fixture), fixture);

        assertEquals(1, read.claims.size());
        List<SyntaxIssue> issues = switch (where) {
            case "claim" -> read.claims.get(0).syntaxIssues();
            case "SE" -> only(read.transactionEnds).issues();
            case "GE" -> only(read.groupEnds).issues();
            default -> only(read.interchangeEnds).issues();
        };
        assertFalse(issues.isEmpty());
        assertTrue(issues.stream().anyMatch(i -> i.code().equals(code)), issues.toString());
    }

    @org.junit.jupiter.api.Test
    void groupWithoutGeBeforeTheNextGsIsEndedWithTrailerMissing() throws Exception {
        CollectingHandler read = EdiTestFiles.read(fixture("ge-missing-between-groups.edi"), "ge.edi");

        assertEquals(2, read.claims.size());
        assertEquals(2, read.groupEnds.size());
        EnvelopeEnd first = read.groupEnds.get(0);
        assertFalse(first.trailerPresent());
        assertTrue(first.issues().stream().anyMatch(i -> i.code().equals("3") && i.segmentTag().equals("GE")));
        assertTrue(read.groupEnds.get(1).trailerPresent());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"se-missing-between-transactions.edi",
            "iea-missing-between-interchanges.edi"})
    void headerWhereATrailerWasDueIsReportedAsSegmentIssue(String fixture) throws Exception {
        CollectingHandler read = EdiTestFiles.read(fixture(fixture), fixture);

        assertFalse(read.claims.isEmpty());
        EnvelopeEnd last = read.interchangeEnds.get(read.interchangeEnds.size() - 1);
        assertTrue(last.issues().stream().anyMatch(i -> i.scope() == org.scrub837.model.SyntaxIssue.Scope.SEGMENT
                && i.code().equals("5")), last.issues().toString());
    }

    private static EnvelopeEnd only(List<EnvelopeEnd> ends) {
        assertEquals(1, ends.size());
        return ends.get(0);
    }

    private static Arguments failing(String name, Supplier<byte[]> input, long position, String reason) {
        return Arguments.of(name, input, position, reason);
    }

    private static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(HOSTILE.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sample() {
        try {
            return Files.readAllBytes(EdiTestFiles.sample("837P/q4293-clean.edi"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zipHeader() {
        byte[] zip = garbage(512, 7);
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        return zip;
    }

    /** Seeded random bytes that do not start with ISA. */
    static byte[] garbage(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0x00;
        return bytes;
    }
}

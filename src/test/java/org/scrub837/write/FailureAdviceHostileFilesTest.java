package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.read.ClaimReaders;
import org.scrub837.read.EdiSource;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.read.ReaderLimits;

/**
 * The plain advice for each kind of failed file, from the reader's real failure message on the
 * hostile inputs (src/test/resources/hostile).
 */
class FailureAdviceHostileFilesTest {

    private static String adviceFor(String file, ReaderLimits limits) {
        Path path = Path.of("src/test/resources/hostile", file);
        InvalidEdiException e = assertThrows(InvalidEdiException.class,
                () -> ClaimReaders.create(limits).read(EdiSource.of(path), file, claim -> { }));
        return FailureAdvice.of(e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "truncated-mid-segment.edi | Re-export the file from your billing system and send it again; this copy ends in the middle of segment 27",
        "missing-se-ge-iea.edi     | this copy stops after segment 28, before the closing segments",
        "missing-iea.edi           | this copy stops after segment 30",
        "835-remittance.edi        | This is an X12 835 file, not an 837 claim file",
        "270-eligibility.edi       | This is an X12 270 file, not an 837 claim file",
        "837-version-4010.edi      | This file is in the old 4010 format",
        "isa-not-106-characters.edi | The file's interchange header (ISA) is malformed",
        "element-separator-is-a-letter.edi | The file's interchange header (ISA) is malformed",
    })
    void adviceNamesTheProblemAndWhatToDo(String file, String expected) {
        String advice = adviceFor(file, ReaderLimits.defaults());
        assertTrue(advice.contains(expected), advice);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "empty file: expected an X12 interchange starting with ISA | The file is empty",
        "segment 1: not an X12 interchange: the file does not start with ISA | not an X12 837 file",
        "x.837: cannot be read: AccessDeniedException | could not be read from disk",
        "something new the reader says | The file is not a valid 837",
    })
    void adviceForMessagesWithoutAHostileFile(String message, String expected) {
        assertTrue(FailureAdvice.of(message).contains(expected), FailureAdvice.of(message));
    }

    @org.junit.jupiter.api.Test
    void limitAdviceNamesTheSetting() {
        Properties p = new Properties();
        p.setProperty(ReaderLimits.MAX_SEGMENT_LENGTH, "20");
        String advice = adviceFor("truncated-mid-segment.edi", ReaderLimits.fromProperties(p));
        assertTrue(advice.contains("over a size limit of this scrubber (scrub.limits.maxSegmentLength)"), advice);
    }
}

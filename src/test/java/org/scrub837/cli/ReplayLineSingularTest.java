package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;

/** The per-file line keeps its format; only a count of one reads "1 claim". */
class ReplayLineSingularTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | 1 | 0 | a.837: accepted (1 claim: 1 accepted, 0 rejected)",
        "1 | 0 | 1 | a.837: rejected (1 claim: 0 accepted, 1 rejected)",
        "3 | 2 | 1 | a.837: partial (3 claims: 2 accepted, 1 rejected)",
        "0 | 0 | 0 | a.837: accepted (0 claims: 0 accepted, 0 rejected)",
    })
    void claimCountReadsRight(long claims, long accepted, long rejected, String expected) {
        FileOutcome o = new FileOutcome("a", "a.837", FileStatus.of(accepted, rejected), "v", claims, accepted,
                rejected, List.<Finding>of());
        assertEquals(expected, ReplayCommand.line(Path.of("a.837"), o));
    }
}

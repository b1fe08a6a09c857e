package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.Finding;

/** A wrong SE01, GE01 and IEA01 give one envelope finding each, not one per enclosing envelope. */
class EnvelopeFindingsOncePerIssueTest {

    @TempDir
    Path out;

    @Test
    void eachTrailerErrorIsReportedOnce() throws IOException {
        ScrubEngine engine = ScrubEngine.load(Path.of("config"));
        FileOutcome outcome = engine.scrubber().scrub(Path.of("src/test/resources/hostile/wrong-se01-ge01-iea01.edi"),
                engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));
        List<String> messages = outcome.fileFindings().stream()
                .filter(f -> FileScrubber.ENVELOPE.equals(f.ruleId())).map(Finding::message).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertEquals(1, messages.stream().filter(m -> m.contains("SE01")).count(), messages.toString());
        assertEquals(1, messages.stream().filter(m -> m.contains("GE01")).count(), messages.toString());
        assertEquals(1, messages.stream().filter(m -> m.contains("IEA01")).count(), messages.toString());
    }
}

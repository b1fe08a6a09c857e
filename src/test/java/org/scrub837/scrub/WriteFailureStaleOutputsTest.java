package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;

/** An input that cannot be read leaves no clean 837 from an earlier run of the same name. */
class WriteFailureStaleOutputsTest {

    @TempDir
    Path out;

    @Test
    void earlierCleanOutputIsRemoved() throws IOException {
        ScrubEngine engine = ScrubEngine.load(Path.of("config"));
        OutputFactory outputs = engine.outputs(out, out, EnumSet.of(ReportFormat.JSON));
        Path input = Path.of("edi-samples/837P/q4293-clean.edi");
        engine.scrubber().scrub(input, outputs);
        assertTrue(Files.exists(out.resolve("q4293-clean" + ScrubEngine.CLEAN_SUFFIX)));

        FileOutcome failed = engine.writeFailure(input, "q4293-clean", outputs, new IOException("disk went away"));

        assertEquals(FileStatus.FAILED, failed.status());
        assertFalse(Files.exists(out.resolve("q4293-clean" + ScrubEngine.CLEAN_SUFFIX)));
        assertTrue(Files.readString(out.resolve("q4293-clean.report.json")).contains("disk went away"));
    }
}

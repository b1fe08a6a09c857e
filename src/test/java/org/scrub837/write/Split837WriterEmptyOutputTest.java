package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;

class Split837WriterEmptyOutputTest {

    @TempDir
    Path dir;

    @Test
    void outputWithoutClaimsWritesNoFile() throws Exception {
        try (Split837Writer r = new Split837Writer(dir.resolve("B.rejected.837"), SplitSide.REJECTED)) {
            List<ClaimResult> results = SampleFiles.mixed().feed(Judge.rejecting(), r);
            r.finish(SampleFiles.outcome(results));
        }
        assertEquals(List.of(), X12Files.listing(dir));
    }
}

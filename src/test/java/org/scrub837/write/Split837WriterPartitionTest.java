package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;

class Split837WriterPartitionTest {

    @TempDir
    Path dir;

    @Test
    void everyClaimLandsInExactlyOneValidOutput() throws Exception {
        Path clean = dir.resolve("B.clean.837");
        Path rejected = dir.resolve("B.rejected.837");
        List<ClaimResult> results;
        try (Split837Writer c = new Split837Writer(clean, SplitSide.CLEAN);
                Split837Writer r = new Split837Writer(rejected, SplitSide.REJECTED)) {
            results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), c, r);
            c.finish(SampleFiles.outcome(results));
            r.finish(SampleFiles.outcome(results));
        }

        assertEquals(List.of(), X12Files.controlStructureErrors(clean));
        assertEquals(List.of(), X12Files.controlStructureErrors(rejected));
        List<String> expectedClean = new ArrayList<>();
        List<String> expectedRejected = new ArrayList<>();
        for (ClaimResult result : results) {
            (result.rejected() ? expectedRejected : expectedClean).add(result.claim().claimId());
        }
        assertEquals(List.of("C1", "C4", "C5", "C6", "C8"), expectedClean);
        assertEquals(expectedClean, X12Files.claimIds(clean));
        assertEquals(expectedRejected, X12Files.claimIds(rejected));
        assertEquals(List.of("B.clean.837", "B.rejected.837"), X12Files.listing(dir));
    }

    @Test
    void claimKeepsItsSegmentsAsSent() throws Exception {
        Path clean = dir.resolve("B.clean.837");
        List<ClaimResult> results;
        try (Split837Writer c = new Split837Writer(clean, SplitSide.CLEAN)) {
            results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), c);
            c.finish(SampleFiles.outcome(results));
        }
        String written = java.nio.file.Files.readString(clean);
        for (ClaimResult result : results) {
            if (!result.rejected()) {
                StringBuilder block = new StringBuilder();
                result.claim().segments().forEach(s -> block.append(s.text()).append("~\n"));
                assertTrue(written.contains(block), "claim " + result.claim().claimId() + " written as sent");
            }
        }
    }
}

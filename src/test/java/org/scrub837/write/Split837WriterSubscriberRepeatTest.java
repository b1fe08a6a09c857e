package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;
import org.scrub837.testing.TestFile;

class Split837WriterSubscriberRepeatTest {

    @TempDir
    Path dir;

    @Test
    void subscriberWrittenWithoutChildrenIsRepeatedForAPatientClaim() throws Exception {
        Path out = dir.resolve("B.clean.837");
        TestFile file = TestFile.professional().transaction("0001").subscriber("M1")
                .claim(SampleFiles.claim("OWN")).patient("KID").claim(SampleFiles.claim("DEP"));
        try (Split837Writer w = new Split837Writer(out, SplitSide.CLEAN)) {
            List<ClaimResult> results = file.feed(Judge.rejecting(), w);
            w.finish(SampleFiles.outcome(results));
        }
        List<String> hls = X12Files.segments(out).stream().filter(s -> s[0].equals("HL"))
                .map(s -> String.join("*", s)).toList();
        assertEquals(List.of("HL*1**20*1", "HL*2*1*22*0", "HL*3*1*22*1", "HL*4*3*23*0"), hls);
        assertEquals(List.of(), X12Files.controlStructureErrors(out));
    }

    @Test
    void levelsWithoutClaimsInThisOutputAreLeftOut() throws Exception {
        Path out = dir.resolve("B.rejected.837");
        TestFile file = TestFile.professional().transaction("0001").subscriber("M1")
                .claim(SampleFiles.claim("OWN")).patient("KID").claim(SampleFiles.claim("DEP"))
                .provider("2222222228").subscriber("M2").claim(SampleFiles.claim("OTHER"));
        try (Split837Writer w = new Split837Writer(out, SplitSide.REJECTED)) {
            List<ClaimResult> results = file.feed(Judge.rejecting("DEP"), w);
            w.finish(SampleFiles.outcome(results));
        }
        List<String> hls = X12Files.segments(out).stream().filter(s -> s[0].equals("HL"))
                .map(s -> String.join("*", s)).toList();
        assertEquals(List.of("HL*1**20*1", "HL*2*1*22*1", "HL*3*2*23*0"), hls);
    }
}

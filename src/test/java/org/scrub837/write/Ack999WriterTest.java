package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.testing.TestFile;

class Ack999WriterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private List<String> write999(TestFile file, Judge judge) throws Exception {
        Path target = dir.resolve("B.999");
        try (Ack999Writer w = new Ack999Writer(target, OriginalControlNumbers.INSTANCE, CLOCK)) {
            List<ClaimResult> results = file.feed(judge, w);
            w.finish(SampleFiles.outcome(results));
        }
        assertEquals(List.of(), X12Files.controlStructureErrors(target));
        return X12Files.segments(target).stream().map(s -> String.join("*", s)).toList();
    }

    @Test
    void syntaxIssuesGiveIk3WithClaimContextAndTheDocumentedStatuses() throws Exception {
        TestFile file = TestFile.professional()
                .interchange("000000101").group("11")
                .transaction("0001").claim(SampleFiles.claim("C1"))
                .claimIssue(SyntaxIssue.Scope.ELEMENT, "7", "CLM", 5, "1331")
                .claim(SampleFiles.claim("C2"))
                .transaction("0002").headerIssue("3", "PER", 4).claim(SampleFiles.claim("C3"))
                .transaction("0003").claim(SampleFiles.claim("C4"))
                .group("12").transaction("0004").claim(SampleFiles.claim("C5"))
                .issue(new SyntaxIssue(SyntaxIssue.Scope.TRANSACTION, "4", "SE", 0, null, null, null, null, "SE01 wrong"));
        List<String> segs = write999(file, Judge.rejecting());
        int clm = file.claims().get(0).position();
        assertEquals(List.of(
                "ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SUBMITTER      *260302*1015*^*00501*000000101*0*T*:",
                "GS*FA*RECEIVER*SUBMITTER*20260302*1015*11*X*005010X231A1",
                "ST*999*0001*005010X231A1",
                "AK1*HC*11*005010X222A1",
                "AK2*837*0001*005010X222A1",
                "IK3*CLM*" + clm + "*2300*8",
                "CTX*CLM01:C1",
                "IK4*5*1331*7",
                "IK5*E*5",
                "AK2*837*0002*005010X222A1",
                "IK3*PER*4*1000A*3",
                "IK5*R*5",
                "AK2*837*0003*005010X222A1",
                "IK5*A",
                "AK9*P*3*3*2",
                "SE*14*0001",
                "ST*999*0002*005010X231A1",
                "AK1*HC*12*005010X222A1",
                "AK2*837*0004*005010X222A1",
                "IK5*E*4",
                "AK9*E*1*1*1",
                "SE*6*0002",
                "GE*2*11",
                "IEA*1*000000101"), segs);
    }

    @Test
    void businessRuleRejectionsNeverReachThe999() throws Exception {
        List<String> segs = write999(SampleFiles.mixed(), Judge.rejecting(SampleFiles.MIXED_REJECTED));
        assertEquals(List.of(), segs.stream().filter(s -> s.startsWith("IK3") || s.startsWith("IK4")).toList());
        assertEquals(List.of("IK5*A", "IK5*A", "IK5*A", "IK5*A"), segs.stream().filter(s -> s.startsWith("IK5")).toList());
        assertEquals(List.of("AK9*A*2*2*2", "AK9*A*1*1*1", "AK9*A*1*1*1"),
                segs.stream().filter(s -> s.startsWith("AK9")).toList());
    }

    @Test
    void segmentIssuesInEveryClaimRejectTheTransaction() throws Exception {
        TestFile file = TestFile.professional().transaction("0001")
                .claim(SampleFiles.claim("C1")).claimIssue(SyntaxIssue.Scope.SEGMENT, "2", "HI", null, null);
        List<String> segs = write999(file, Judge.rejecting());
        int hi = file.claims().get(0).segments().get(1).position();
        assertEquals(List.of("IK3*HI*" + hi + "*2300*2", "CTX*CLM01:C1", "IK5*R*5", "AK9*R*1*1*0"),
                segs.stream().filter(s -> s.matches("(IK3|CTX|IK5|AK9).*")).toList());
    }
}

package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;

class Split837WriterFreshControlNumbersTest {

    @TempDir
    Path dir;

    @Test
    void freshNumbersReplaceEveryHeaderAndTrailerConsistently() throws Exception {
        CounterControlNumbers numbers = new CounterControlNumbers(dir.resolve("state"));
        Path clean = dir.resolve("B.clean.837");
        Path rejected = dir.resolve("B.rejected.837");
        try (Split837Writer c = new Split837Writer(clean, SplitSide.CLEAN, numbers);
                Split837Writer r = new Split837Writer(rejected, SplitSide.REJECTED, numbers)) {
            List<ClaimResult> results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), c, r);
            c.finish(SampleFiles.outcome(results));
            r.finish(SampleFiles.outcome(results));
        }
        assertEquals(List.of(), X12Files.controlStructureErrors(clean));
        assertEquals(List.of(), X12Files.controlStructureErrors(rejected));

        List<String> isa13 = new ArrayList<>();
        List<String> st02 = new ArrayList<>();
        for (Path out : List.of(clean, rejected)) {
            for (String[] s : X12Files.segments(out)) {
                switch (s[0]) {
                    case "ISA" -> isa13.add(s[13]);
                    case "ST" -> st02.add(s[2]);
                    default -> { }
                }
            }
        }
        // Both outputs draw from one counter as their envelopes open, in file order:
        // clean opens interchange 1 (C1), rejected 2 (C2); the second input interchange gives clean 3 (C8), rejected 4 (C9).
        assertEquals(List.of("000000001", "000000003", "000000002", "000000004"), isa13);
        assertEquals(List.of("0001", "0003", "0005", "0002", "0004", "0006"), st02);
        for (String isa : java.nio.file.Files.readString(clean).split("~\n")) {
            if (isa.startsWith("ISA")) {
                assertEquals(105, isa.length(), "ISA keeps its fixed width");
            }
        }
    }
}

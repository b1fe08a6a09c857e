package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;

class Split837WriterEnvelopeTest {

    @TempDir
    Path dir;

    private Path writeRejectedSide() throws Exception {
        Path rejected = dir.resolve("B.rejected.837");
        try (Split837Writer r = new Split837Writer(rejected, SplitSide.REJECTED)) {
            List<ClaimResult> results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), r);
            r.finish(SampleFiles.outcome(results));
        }
        return rejected;
    }

    @Test
    void trailersAreRecountedAndRepeatTheHeaderControlNumbers() throws Exception {
        List<String[]> segs = X12Files.segments(writeRejectedSide());
        List<String> trailers = new ArrayList<>();
        String isa13 = null;
        String gs06 = null;
        String st02 = null;
        int inTransaction = 0;
        int groups = 0;
        int transactions = 0;
        for (String[] s : segs) {
            switch (s[0]) {
                case "ISA" -> { isa13 = s[13]; groups = 0; }
                case "GS" -> { gs06 = s[6]; groups++; transactions = 0; }
                case "ST" -> { st02 = s[2]; transactions++; inTransaction = 1; }
                case "SE" -> {
                    inTransaction++;
                    assertEquals(Integer.toString(inTransaction), s[1], "SE01");
                    assertEquals(st02, s[2], "SE02");
                    trailers.add("SE*" + s[1] + "*" + s[2]);
                    inTransaction = 0;
                }
                case "GE" -> {
                    assertEquals(Integer.toString(transactions), s[1], "GE01");
                    assertEquals(gs06, s[2], "GE02");
                    trailers.add("GE*" + s[1] + "*" + s[2]);
                }
                case "IEA" -> {
                    assertEquals(Integer.toString(groups), s[1], "IEA01");
                    assertEquals(isa13, s[2], "IEA02");
                    trailers.add("IEA*" + s[1] + "*" + s[2]);
                }
                default -> {
                    if (inTransaction > 0) {
                        inTransaction++;
                    }
                }
            }
        }
        // C2, C3 in 0001; 0002 has no rejected claim; C7 in 0003 (group 12); C9 in 0004 (second interchange).
        assertEquals(List.of("SE", "GE", "SE", "GE", "IEA", "SE", "GE", "IEA"),
                trailers.stream().map(t -> t.substring(0, t.indexOf('*'))).toList());
        assertEquals(List.of("0001", "0003", "0004"),
                segs.stream().filter(s -> s[0].equals("ST")).map(s -> s[2]).toList());
        assertEquals(List.of("000000101", "000000102"),
                segs.stream().filter(s -> s[0].equals("ISA")).map(s -> s[13]).toList());
        assertEquals(List.of("11", "12", "21"), segs.stream().filter(s -> s[0].equals("GS")).map(s -> s[6]).toList());
    }

    @Test
    void validatorNoticesAWrongSegmentCount() throws Exception {
        Path rejected = writeRejectedSide();
        Path broken = dir.resolve("broken.837");
        String text = Files.readString(rejected);
        int se = text.indexOf("SE*");
        int star = text.indexOf('*', se + 3);
        int count = Integer.parseInt(text.substring(se + 3, star));
        Files.writeString(broken, text.substring(0, se + 3) + (count + 1) + text.substring(star));
        assertFalse(X12Files.controlStructureErrors(broken).isEmpty(), "the check used by these tests catches SE01");
    }
}

package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.ClaimResult;

/** HL levels of a split output: renumbered, parents rewritten, child codes recomputed, claims under the right member. */
class Split837WriterHierarchyTest {

    @TempDir
    Path dir;

    static Stream<Arguments> sides() {
        return Stream.of(Arguments.of(SplitSide.CLEAN), Arguments.of(SplitSide.REJECTED));
    }

    @ParameterizedTest
    @MethodSource("sides")
    void levelsAreRenumberedWithValidParentsAndChildCodes(SplitSide side) throws Exception {
        Path out = dir.resolve("B." + side + ".837");
        try (Split837Writer w = new Split837Writer(out, side)) {
            List<ClaimResult> results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), w);
            w.finish(SampleFiles.outcome(results));
        }
        List<String[]> segs = X12Files.segments(out);
        Map<String, String> levelOf = new HashMap<>();
        List<String[]> hls = new ArrayList<>();
        int expectedId = 0;
        for (String[] s : segs) {
            if (s[0].equals("ST")) {
                checkChildCodes(hls);
                hls.clear();
                levelOf.clear();
                expectedId = 0;
            } else if (s[0].equals("HL")) {
                assertEquals(Integer.toString(++expectedId), s[1], "HL01 runs 1..n");
                String expectedParentLevel = switch (s[3]) {
                    case "20" -> null;
                    case "22" -> "20";
                    case "23" -> "22";
                    default -> throw new AssertionError("level " + s[3]);
                };
                if (expectedParentLevel == null) {
                    assertEquals("", s[2]);
                } else {
                    assertEquals(expectedParentLevel, levelOf.get(s[2]), "HL02 points at an earlier level of the right kind");
                }
                levelOf.put(s[1], s[3]);
                hls.add(s);
            }
        }
        checkChildCodes(hls);
    }

    /** HL04 is 1 exactly when a later level of the transaction names this one as its parent. */
    private static void checkChildCodes(List<String[]> hls) {
        for (String[] hl : hls) {
            boolean hasChild = hls.stream().anyMatch(other -> other[2].equals(hl[1]));
            assertEquals(hasChild ? "1" : "0", hl[4], "HL04 of HL " + hl[1]);
        }
    }

    @ParameterizedTest
    @MethodSource("sides")
    void eachClaimSitsUnderItsOwnSubscriberAndPatient(SplitSide side) throws Exception {
        Path out = dir.resolve("B." + side + ".837");
        List<ClaimResult> results;
        try (Split837Writer w = new Split837Writer(out, side)) {
            results = SampleFiles.mixed().feed(Judge.rejecting(SampleFiles.MIXED_REJECTED), w);
            w.finish(SampleFiles.outcome(results));
        }
        Map<String, String> expected = new HashMap<>();
        for (ClaimResult r : results) {
            String member = r.claim().subscriber().segments().get(2).text();
            String patient = r.claim().patient() == null ? "none" : r.claim().patient().segments().get(2).text();
            expected.put(r.claim().claimId(), member + "|" + patient);
        }
        String member = null;
        String patient = null;
        int claims = 0;
        for (String[] s : X12Files.segments(out)) {
            if (s[0].equals("HL")) {
                if (s[3].equals("22")) {
                    patient = "none";
                }
            } else if (s[0].equals("NM1") && s[1].equals("IL")) {
                member = String.join("*", s);
            } else if (s[0].equals("NM1") && s[1].equals("QC")) {
                patient = String.join("*", s);
            } else if (s[0].equals("CLM")) {
                claims++;
                assertEquals(expected.get(s[1]), member + "|" + patient, "claim " + s[1]);
            }
        }
        assertTrue(claims > 0);
    }
}

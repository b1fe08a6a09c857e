package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.ClaimResult;

class Ack277caWriterTest {

    @TempDir
    Path dir;

    private List<ClaimResult> results;

    private List<String[]> write277(Judge judge) throws Exception {
        Path target = dir.resolve("B.277ca");
        try (Ack277caWriter w = new Ack277caWriter(target, OriginalControlNumbers.INSTANCE, Ack999WriterTest.CLOCK)) {
            results = SampleFiles.mixed().feed(judge, w);
            w.finish(SampleFiles.outcome(results));
        }
        assertEquals(List.of(), X12Files.controlStructureErrors(target));
        return X12Files.segments(target);
    }

    @Test
    void rejectedClaimsAndOnlyThoseAreRejected() throws Exception {
        List<String[]> segs = write277(Judge.rejecting(SampleFiles.MIXED_REJECTED).warning("C1", "C4"));
        Map<String, String> statusByClaim = new HashMap<>();
        String claimId = null;
        for (String[] s : segs) {
            if (s[0].equals("TRN") && s[1].equals("2") && s.length > 2 && s[2].startsWith("C")) {
                claimId = s[2];
            } else if (s[0].equals("STC") && claimId != null && !statusByClaim.containsKey(claimId)) {
                statusByClaim.put(claimId, s[1] + "|" + s[3] + (s.length > 12 ? "|" + s[12] : ""));
            } else if (s[0].equals("HL")) {
                claimId = null;
            }
        }
        Map<String, String> expected = new HashMap<>();
        for (ClaimResult r : results) {
            expected.put(r.claim().claimId(), r.rejected() ? "A7:476|U|" + Judge.REJECT_RULE : "A1:20|WQ");
        }
        assertEquals(expected, statusByClaim);
        assertTrue(segs.stream().noneMatch(s -> String.join("*", s).contains(Judge.WARN_RULE)), "warnings never appear");
    }

    @Test
    void oneTransactionPer837TransactionWithBalancedTotals() throws Exception {
        List<String[]> segs = write277(Judge.rejecting(SampleFiles.MIXED_REJECTED));
        assertEquals(4, segs.stream().filter(s -> s[0].equals("ST")).count());
        // per 277 transaction: receiver totals equal the sums over its claims; provider totals over theirs
        List<String> receiverTotals = new ArrayList<>();
        String level = null;
        for (String[] s : segs) {
            if (s[0].equals("HL")) {
                level = s[3];
            } else if ((s[0].equals("QTY") || s[0].equals("AMT")) && "21".equals(level)) {
                receiverTotals.add(s[1] + "=" + s[2]);
            }
        }
        // C1..C9 are 200.00 each; 0001 has C1,C4 accepted and C2,C3 rejected; 0002 C5,C6 accepted;
        // 0003 C7 rejected; 0004 C8 accepted, C9 rejected
        assertEquals(List.of("90=2", "AA=2", "YU=400", "YY=400", "90=2", "YU=400", "AA=1", "YY=200",
                "90=1", "AA=1", "YU=200", "YY=200"), receiverTotals);
        assertEquals(new BigDecimal("200.00"), results.get(0).claim().totalCharge());
    }

    @Test
    void claimLevelsHangUnderTheirBillingProvider() throws Exception {
        List<String[]> segs = write277(Judge.rejecting(SampleFiles.MIXED_REJECTED));
        Map<String, String> levelOf = new HashMap<>();
        List<String> providerGroups = new ArrayList<>();
        for (String[] s : segs) {
            if (s[0].equals("ST")) {
                levelOf.clear();
            } else if (s[0].equals("HL")) {
                levelOf.put(s[1], s[3]);
                String parentLevel = s[2].isEmpty() ? null : levelOf.get(s[2]);
                switch (s[3]) {
                    case "20" -> assertEquals(null, parentLevel);
                    case "21" -> assertEquals("20", parentLevel);
                    case "19" -> assertEquals("21", parentLevel);
                    case "PT" -> assertEquals("19", parentLevel);
                    default -> throw new AssertionError(s[3]);
                }
            } else if (s[0].equals("NM1") && s[1].equals("85")) {
                providerGroups.add(s[9]);
            }
        }
        assertEquals(List.of("1111111112", "1111111112", "2222222228", "1234567893", "1234567893"), providerGroups);
    }

    @Test
    void rejectedLineIsAcknowledgedWithItsServiceAndDate() throws Exception {
        List<String[]> segs = write277(Judge.rejecting("C2"));
        List<String> line = new ArrayList<>();
        boolean inC2 = false;
        for (String[] s : segs) {
            String text = String.join("*", s);
            if (text.equals("TRN*2*C2")) {
                inC2 = true;
            } else if (s[0].equals("HL") || s[0].equals("SE")) {
                inC2 = false;
            } else if (inC2) {
                line.add(text);
            }
        }
        assertEquals(List.of("STC*A7:476*20260302*U*200********" + Judge.REJECT_RULE, "DTP*472*D8*20260105",
                "SVC*HC:15271*100*****1", "STC*A7:476*20260302*U*100", "DTP*472*D8*20260105"), line);
    }
}

package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;

/**
 * A syntax issue reaches the claims it makes unusable: one in a claim stays with that claim, one in
 * an HL level goes to every claim under the level, one in the header to every claim of the
 * transaction; the SE EnvelopeEnd lists them all.
 */
class SyntaxIssueRoutingTest {

    private static final String MIXED = "837P/multi-claim-mixed.edi";

    private static CollectingHandler readWith(String from, String to) throws Exception {
        String text = EdiTestFiles.sampleText(MIXED);
        assertTrue(text.contains(from), from);
        return EdiTestFiles.read(text.replace(from, to), "issues.edi");
    }

    @Test
    void issueInsideAClaimStaysWithIt() throws Exception {
        // second claim: a 19-digit charge exceeds CLM02's maximum length of 18
        CollectingHandler read = readWith("CLM*PCN-P-M2*1150", "CLM*PCN-P-M2*1234567890123456789");

        List<SyntaxIssue> issues = read.claims.get(1).syntaxIssues();
        assertEquals(List.of(new SyntaxIssue(Scope.ELEMENT, "5", "CLM", 27, "2300", 2, null, "782",
                "data element too long")), issues);
        assertEquals(List.of(0, 1, 0, 0), issueCounts(read.claims));
        assertEquals(issues, read.transactionEnds.get(0).issues());
    }

    @Test
    void issueInALevelGoesToEveryClaimUnderIt() throws Exception {
        // second subscriber (HL 3): SBR01 of two characters exceeds its maximum length of 1
        String text = EdiTestFiles.sampleText(MIXED);
        int second = text.indexOf("HL*3*1*22*0");
        String changed = text.substring(0, second)
                + text.substring(second).replaceFirst("SBR\\*P\\*18", "SBR*PX*18");

        CollectingHandler read = EdiTestFiles.read(changed, "issues.edi");

        assertEquals(List.of(0, 0, 1, 1), issueCounts(read.claims));
        SyntaxIssue issue = read.claims.get(2).syntaxIssues().get(0);
        assertEquals(Scope.ELEMENT, issue.scope());
        assertEquals("SBR", issue.segmentTag());
        assertEquals(1, issue.elementPosition());
        assertEquals(List.of(issue), read.transactionEnds.get(0).issues());
    }

    @Test
    void issueInTheHeaderGoesToEveryClaim() throws Exception {
        CollectingHandler read = readWith("BHT*0019*00*BATCH111*20251020", "BHT*0019*00*BATCH111*20251340");

        assertEquals(List.of(1, 1, 1, 1), issueCounts(read.claims));
        SyntaxIssue issue = read.claims.get(3).syntaxIssues().get(0);
        assertEquals(new SyntaxIssue(Scope.ELEMENT, "8", "BHT", 2, null, 4, null, "373", "invalid date"), issue);
        assertEquals(List.of(issue), read.groupEnds.get(0).issues());
        assertEquals(List.of(issue), read.interchangeEnds.get(0).issues());
    }

    @Test
    void segmentOutOfPlaceIsASegmentIssue() throws Exception {
        // a PAT segment inside the claim's lines is not where the standard allows it
        CollectingHandler read = readWith("LX*2~\nSV1*HC:Q4293*900*UN*16***1~\nDTP*472*D8*20251015~\nCLM*PCN-P-M2",
                "LX*2~\nSV1*HC:Q4293*900*UN*16***1~\nDTP*472*D8*20251015~\nPAT*19~\nCLM*PCN-P-M2");

        SyntaxIssue issue = read.claims.get(0).syntaxIssues().get(0);
        assertEquals(Scope.SEGMENT, issue.scope());
        assertEquals("PAT", issue.segmentTag());
        assertEquals(27, issue.segmentPosition());
        assertEquals(4, read.claims.size());
    }

    private static List<Integer> issueCounts(List<Claim> claims) {
        return claims.stream().map(c -> c.syntaxIssues().size()).toList();
    }
}

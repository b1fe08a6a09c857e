package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;

/** The corpus files labelled negative in SOURCES.tsv behave as labelled. */
class CorpusNegativesTest {

    private static Path corpusFile(String relative) {
        Path file = EdiTestFiles.CORPUS.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "shared corpus absent");
        return file;
    }

    @Test
    void badSegmentIdentifierFailsTheFileNamingItsPosition() {
        Path file = corpusFile("imsweb/x12_bad_segment_identifier.txt");

        InvalidEdiException e = assertThrows(InvalidEdiException.class, () -> EdiTestFiles.read(file));

        assertEquals("x12_bad_segment_identifier.txt", e.fileName());
        assertEquals(6, e.fileSegmentPosition());
        assertEquals(4, e.transactionSegmentPosition());
        assertTrue(e.reason().contains("after segment NM1"), e.reason());
        assertTrue(e.reason().contains("expected a segment identifier"), e.reason());
    }

    @Test
    void segmentsOutOfOrderAreReportedAsSyntaxIssues() throws Exception {
        CollectingHandler read = EdiTestFiles.read(corpusFile("imsweb/x12_segments_out_of_order.txt"));

        EnvelopeEnd se = read.transactionEnds.get(0);
        assertTrue(se.issues().stream().anyMatch(i -> i.scope() == Scope.SEGMENT && i.code().equals("7")
                && i.segmentTag().equals("N4")), se.issues().toString());
        assertTrue(se.issues().stream().anyMatch(i -> i.scope() == Scope.TRANSACTION && i.code().equals("4")));
        for (Claim claim : read.claims) {
            assertFalse(claim.syntaxIssues().isEmpty());
        }
    }

    @Test
    void wrongSe01IsReportedAsTransactionIssue() throws Exception {
        CollectingHandler read = EdiTestFiles.read(corpusFile("imsweb/x223-test.txt"));

        EnvelopeEnd se = read.transactionEnds.get(0);
        assertEquals("25", se.declaredCount());
        assertEquals(48, se.actualCount());
        List<SyntaxIssue> transactionIssues = se.issues().stream().filter(i -> i.scope() == Scope.TRANSACTION)
                .toList();
        assertEquals(1, transactionIssues.size());
        assertEquals("4", transactionIssues.get(0).code());
        assertEquals("SE", transactionIssues.get(0).segmentTag());
        assertEquals(48, transactionIssues.get(0).segmentPosition());
        assertEquals(1, read.claims.size());
    }
}

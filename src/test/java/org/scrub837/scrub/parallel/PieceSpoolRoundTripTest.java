package org.scrub837.scrub.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReaders;

/**
 * Every claim of every sample (syntax issues, dates, lines, levels, payer included), with findings,
 * written to a piece spool and read back, equals the original; levels shared by consecutive claims
 * stay shared.
 */
class PieceSpoolRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("edi-samples"))) {
            return files.filter(p -> p.toString().endsWith(".edi")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleClaimsComeBackEqual(Path sample) throws Exception {
        List<Transaction> transactions = new ArrayList<>();
        List<List<ClaimResult>> results = new ArrayList<>();
        List<EnvelopeEnd> ends = new ArrayList<>();
        try (InputStream in = Files.newInputStream(sample)) {
            ClaimReaders.create().read(in, sample.getFileName().toString(), new ClaimHandler() {
                @Override
                public void startTransaction(Transaction transaction) {
                    transactions.add(transaction);
                    results.add(new ArrayList<>());
                }

                @Override
                public void claim(Claim claim) {
                    List<Finding> findings = List.of(
                            new Finding("Q4293-UNITS", Severity.REJECT, 1, 12, "units \u00e9 not whole", "CMS"),
                            new Finding("X12-SYNTAX", Severity.WARN, null, 0, "no line", null),
                            new Finding("IG-FORMAT", Severity.REJECT, null, 9, "2010AA N403", "X222A1", "A7:21",
                                    new org.scrub837.model.SyntaxIssue(org.scrub837.model.SyntaxIssue.Scope.ELEMENT,
                                            "I12", "N4", 9, "2010AA", 3, null, "116", "IG-FORMAT 2010AA N403")));
                    results.get(results.size() - 1).add(new ClaimResult(claim, findings, "medicare"));
                }

                @Override
                public void endTransaction(Transaction transaction, EnvelopeEnd end) {
                    ends.add(end);
                }
            });
        } catch (org.scrub837.read.InvalidEdiException e) {
            return; // nothing to spool
        }
        for (int t = 0; t < transactions.size(); t++) {
            Path spool = dir.resolve("piece-" + t);
            try (PieceSpool.Writer out = new PieceSpool.Writer(spool)) {
                out.transaction(transactions.get(t));
                for (ClaimResult r : results.get(t)) {
                    out.claim(r);
                }
                out.end(ends.get(t));
            }
            try (PieceSpool.Reader in = new PieceSpool.Reader(spool)) {
                Transaction transaction = in.transaction();
                assertEquals(transactions.get(t), transaction);
                ClaimResult expectedPrevious = null;
                ClaimResult actualPrevious = null;
                for (ClaimResult expected : results.get(t)) {
                    assertTrue(in.hasClaim());
                    ClaimResult actual = in.claim(transaction, 0);
                    assertEquals(expected, actual);
                    if (expectedPrevious != null && expected.claim().subscriber() != null
                            && expected.claim().subscriber() == expectedPrevious.claim().subscriber()) {
                        assertSame(actualPrevious.claim().subscriber(), actual.claim().subscriber());
                    }
                    expectedPrevious = expected;
                    actualPrevious = actual;
                }
                assertFalse(in.hasClaim());
                assertEquals(ends.get(t), in.end());
            }
        }
    }
}

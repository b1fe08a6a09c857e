package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;

/**
 * Wrong trailer counts and control numbers do not fail the file: the claims come out and the
 * trailer's EnvelopeEnd reports the issue with its X12 code (IK502, AK905, TA105).
 */
class EnvelopeTrailerIssuesTest {

    static Stream<Arguments> trailers() {
        return Stream.of(
                Arguments.of("SE*27*0001", "SE*26*0001", "SE", Scope.TRANSACTION, "4", "26"),
                Arguments.of("SE*27*0001", "SE*27*0009", "SE", Scope.TRANSACTION, "3", "27"),
                Arguments.of("GE*1*1011", "GE*2*1011", "GE", Scope.GROUP, "5", "2"),
                Arguments.of("GE*1*1011", "GE*1*1012", "GE", Scope.GROUP, "4", "1"),
                Arguments.of("IEA*1*000000101", "IEA*3*000000101", "IEA", Scope.INTERCHANGE, "021", "3"),
                Arguments.of("IEA*1*000000101", "IEA*1*000000102", "IEA", Scope.INTERCHANGE, "001", "1"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("trailers")
    void trailerMismatchIsReported(String from, String to, String tag, Scope scope, String code, String declared)
            throws Exception {
        String text = EdiTestFiles.sampleText("837P/q4293-clean.edi");
        assertTrue(text.contains(from));

        CollectingHandler read = EdiTestFiles.read(text.replace(from, to), "trailer.edi");

        assertEquals(1, read.claims.size());
        assertEquals(List.of(), read.claims.get(0).syntaxIssues());
        EnvelopeEnd end = switch (tag) {
            case "SE" -> read.transactionEnds.get(0);
            case "GE" -> read.groupEnds.get(0);
            default -> read.interchangeEnds.get(0);
        };
        assertTrue(end.trailerPresent());
        assertEquals(declared, end.declaredCount());
        assertEquals(1, end.issues().size(), end.issues().toString());
        SyntaxIssue issue = end.issues().get(0);
        assertEquals(scope, issue.scope());
        assertEquals(code, issue.code());
        assertEquals(tag, issue.segmentTag());
        // every issue of an envelope is also in the envelopes around it
        assertTrue(read.interchangeEnds.get(0).issues().contains(issue));
    }
}

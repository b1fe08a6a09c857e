package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.ClaimType;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;

/**
 * The claim type comes from ST03 (else GS08); transactions that are not a 5010 837P or 837I fail
 * the file with a reason saying what was found.
 */
class TransactionKindTest {

    private static final String P = "837P/q4293-clean.edi";

    static Stream<Arguments> conventions() {
        return Stream.of(
                Arguments.of("005010X222A1", ClaimType.PROFESSIONAL),
                Arguments.of("005010X222A2", ClaimType.PROFESSIONAL),
                Arguments.of("005010X223A1", ClaimType.INSTITUTIONAL),
                Arguments.of("005010X223A2", ClaimType.INSTITUTIONAL),
                Arguments.of("005010X223A3", ClaimType.INSTITUTIONAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conventions")
    void claimTypeFromConvention(String convention, ClaimType type) throws Exception {
        String text = EdiTestFiles.sampleText(P).replace("005010X222A1", convention);

        CollectingHandler read = EdiTestFiles.read(text, "type.edi");

        assertEquals(type, read.claims.get(0).claimType());
        assertEquals(convention, read.claims.get(0).transaction().implementationConvention());
    }

    @Test
    void withoutSt03TheGroupVersionDecides() throws Exception {
        String text = EdiTestFiles.sampleText(P).replace("ST*837*0001*005010X222A1", "ST*837*0001")
                .replace("X*005010X222A1", "X*005010X223A2");

        CollectingHandler read = EdiTestFiles.read(text, "gs08.edi");

        assertEquals(ClaimType.INSTITUTIONAL, read.claims.get(0).claimType());
        assertEquals("005010X223A2", read.transactions.get(0).implementationConvention());
    }

    static Stream<Arguments> notSupported() {
        return Stream.of(
                Arguments.of("ST*837*0001*005010X222A1", "ST*835*0001*005010X221A1", 3, "not an 837 (ST01 is 835)"),
                Arguments.of("*00501*", "*00401*", 1, "only 5010 is supported (ISA12 is 00401)"),
                Arguments.of("X*005010X222A1", "X*004010X098A1", 2, "only 5010 is supported (GS08 is 004010X098A1)"),
                Arguments.of("ST*837*0001*005010X222A1", "ST*837*0001*004010X098A1", 3,
                        "only 5010 is supported (ST03 is 004010X098A1)"),
                Arguments.of("ST*837*0001*005010X222A1", "ST*837*0001*005010X224A2", 3,
                        "not an 837P or 837I (ST03 is 005010X224A2): expected 005010X222A1 (professional) or"
                                + " 005010X223A2 (institutional)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("notSupported")
    void unsupportedTransactionFailsTheFile(String from, String to, long position, String reason) {
        String text = EdiTestFiles.sampleText(P).replace(from, to);

        InvalidEdiException e = assertThrows(InvalidEdiException.class, () -> EdiTestFiles.read(text, "kind.edi"));

        assertEquals(reason, e.reason());
        assertEquals(position, e.fileSegmentPosition());
        assertTrue(e.getMessage().startsWith("kind.edi: segment " + position));
    }

    @Test
    void st03DisagreeingWithGs08IsAnIssueOfEveryClaim() throws Exception {
        String text = EdiTestFiles.sampleText("837P/multi-claim-mixed.edi").replace("X*005010X222A1", "X*005010X222A2");

        CollectingHandler read = EdiTestFiles.read(text, "mismatch.edi");

        SyntaxIssue issue = new SyntaxIssue(Scope.TRANSACTION, "19", "ST", 1, null, 3, null, "1705",
                "ST03 implementation convention differs from GS08");
        read.claims.forEach(c -> assertEquals(java.util.List.of(issue), c.syntaxIssues()));
        assertEquals(ClaimType.PROFESSIONAL, read.claims.get(0).claimType());
    }
}

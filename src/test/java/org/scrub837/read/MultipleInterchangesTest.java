package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.model.Interchange;
import org.scrub837.model.Segment;

/** Several ISA in one file: each is its own interchange, with file positions counted across them. */
class MultipleInterchangesTest {

    private static final String TWO = EdiTestFiles.sampleText("837P/q4293-clean.edi")
            + EdiTestFiles.sampleText("837I/q4293-clean.edi");

    @Test
    void twoInterchangesInOneFile() throws Exception {
        CollectingHandler read = EdiTestFiles.read(TWO, "two.edi");

        assertEquals(List.of(1, 2), read.interchanges.stream().map(Interchange::ordinal).toList());
        assertEquals(List.of("000000101", "000000201"),
                read.interchanges.stream().map(Interchange::controlNumber).toList());
        assertEquals(List.of(1, 32), read.interchanges.stream().map(i -> i.isa().position()).toList());
        assertEquals(List.of("PCN-P-001", "PCN-I-001"), read.claims.stream().map(Claim::claimId).toList());
        assertEquals(List.of(1L, 2L), read.claims.stream().map(Claim::ordinal).toList());
        assertEquals(19, read.claims.get(1).position());
        assertEquals(2, read.interchangeEnds.size());
        assertEquals(List.of(), read.interchangeEnds.get(1).issues());
    }

    @Test
    void segmentTextOfTheSecondInterchangeUsesItsOwnDelimiters() throws Exception {
        String second = Redelimit.of(EdiTestFiles.sampleText("837I/q4293-clean.edi"), '|', '>', '!', '~', "\n");

        CollectingHandler read = EdiTestFiles.read(EdiTestFiles.sampleText("837P/q4293-clean.edi") + second,
                "two.edi");

        Segment sv2 = read.claims.get(1).segments().stream().filter(s -> s.tag().equals("SV2")).findFirst()
                .orElseThrow();
        assertEquals("SV2|0360|HC>15275|250|UN|1", sv2.text());
        assertEquals('|', read.interchanges.get(1).delimiters().element());
    }

    @Test
    void failureInTheSecondInterchangeNamesItsFilePosition() {
        String broken = TWO.replace("SV2*0278*HC:Q4293", "SV2*0278*HC:Q4293~\n*BAD");

        InvalidEdiException e = assertThrows(InvalidEdiException.class, () -> EdiTestFiles.read(broken, "two.edi"));

        assertEquals(62, e.fileSegmentPosition());
        assertEquals(29, e.transactionSegmentPosition());
    }
}

package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.scrub.parallel.TransactionSplitter;

class TransactionSplitterBadInputTest {

    private static final String ISA = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
            + "*251103*1200*^*00501*000000001*0*T*:~";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GS*HC*A*B*20251103*1200*1*X*005010X222A1~|does not start with ISA|an ISA segment",
        "ISA*00*short~|ends inside the ISA|106-character ISA",
        "@ISA@GS*HC*A*B*20251103*1200*1*X*005010X222A1~ST*837*0001~BHT*0019~|file ends inside|expected SE",
        "@ISA@GS*HC*A*B*20251103*1200*1*X*005010X222A1~BHT*0019~|BHT outside a transaction|expected ST",
        "@ISA@ST*837*0001~SE*2*0001~|ST outside a group|expected GS",
        "@ISA@GS*HC*A*B*20251103*1200*1*X*005010X222A1~ST*837*0001~SE*2*0001~GE*1*1~IEA*1*000000001|"
                + "ends inside a segment|segment terminator",
    })
    void badEnvelopeNamesWhatWasExpected(String text, String found, String expected) {
        String input = text.replace("@ISA@", ISA);
        InvalidEdiException e = assertThrows(InvalidEdiException.class, () -> TransactionSplitter.split(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)), "bad.edi"));
        assertTrue(e.getMessage().startsWith("bad.edi"), e.getMessage());
        assertTrue(e.getMessage().contains(found), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

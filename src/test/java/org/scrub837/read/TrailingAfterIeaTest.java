package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #10, finding 6: a DOS end-of-file character (Ctrl-Z, 0x1A) and whitespace after the last
 * IEA are tolerated: the file reads as without them. Inside an interchange a Ctrl-Z is still bad input.
 */
class TrailingAfterIeaTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u001A", "\r\n\u001A", "\u001A\r\n", "\r\n  \t\r\n", "\n\u001A\u001A", "\u001A  \n"})
    void trailingCtrlZAndWhitespaceAreTolerated(String tail) throws Exception {
        byte[] sample = Files.readAllBytes(EdiTestFiles.sample("837P/multi-claim-mixed.edi"));
        CollectingHandler plain = EdiTestFiles.read(sample, "plain.edi");
        ByteArrayOutputStream withTail = new ByteArrayOutputStream();
        withTail.write(sample);
        withTail.write(tail.getBytes(StandardCharsets.ISO_8859_1));

        CollectingHandler read = EdiTestFiles.read(withTail.toByteArray(), "tail.edi");

        assertEquals(plain.claims.size(), read.claims.size());
        assertEquals(plain.interchangeEnds, read.interchangeEnds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"837P/multi-claim-mixed.edi"})
    void ctrlZInsideTheInterchangeIsStillRefused(String relative) throws Exception {
        String text = EdiTestFiles.sampleText(relative);
        int at = text.indexOf("GS");
        byte[] broken = (text.substring(0, at) + "\u001A" + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1);

        assertThrows(InvalidEdiException.class, () -> EdiTestFiles.read(broken, "inside.edi"));
    }
}

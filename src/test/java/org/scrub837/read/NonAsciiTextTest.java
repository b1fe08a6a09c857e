package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Segment;

/**
 * Text beyond ASCII reaches the claim as the UTF-8 it was written in, and bytes that are not UTF-8
 * are refused at the segment that holds them, as is a character StAEDI cannot hold in one UTF-16 unit
 * (the reader decodes through its own byte-at-a-time UTF-8 decoder, which must read and refuse exactly
 * as the JDK's).
 */
class NonAsciiTextTest {

    private static final String NAME = "NM1*IL*1*DOE*JANE****MI*1EG4TE5MK72~";

    @Test
    void accentedAndThreeByteCharactersReachTheClaim() throws Exception {
        String sample = EdiTestFiles.sampleText("837P/q4293-clean.edi");
        String text = sample.replace(NAME, "NM1*IL*1*DOÉ*JANE€****MI*1EG4TE5MK72~");

        CollectingHandler read = EdiTestFiles.read(text.getBytes(StandardCharsets.UTF_8), "utf8.edi");

        assertEquals(1, read.claims.size());
        List<Segment> subscriber = read.claims.get(0).subscriber().segments();
        assertTrue(subscriber.stream().anyMatch(s -> s.text().equals("NM1*IL*1*DOÉ*JANE€****MI*1EG4TE5MK72")),
                subscriber.toString());
    }

    @Test
    void byteThatIsNotUtf8IsRefusedAtItsSegment() throws Exception {
        String sample = EdiTestFiles.sampleText("837P/q4293-clean.edi");
        byte[] bytes = sample.replace(NAME, "NM1*IL*1*DO#*JANE****MI*1EG4TE5MK72~").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, (byte) '#');
        bytes[at] = (byte) 0xFF;
        long segment = EdiTestFiles.segments(sample.getBytes(StandardCharsets.UTF_8)).indexOf(NAME.substring(0, NAME.length() - 1)) + 1;

        InvalidEdiException refused = assertThrows(InvalidEdiException.class, () -> EdiTestFiles.read(bytes, "latin1.edi"));

        assertEquals("bytes that are not UTF-8 text: expected X12 characters in UTF-8 (or ASCII)", refused.reason());
        assertEquals(segment, refused.fileSegmentPosition());
    }

    @Test
    void characterBeyondU0000FFFFIsRefusedAtItsSegmentForWhatItIs() throws Exception {
        String sample = EdiTestFiles.sampleText("837P/q4293-clean.edi");
        byte[] bytes = sample.replace(NAME, "NM1*IL*1*DOE*JANE\uD83D\uDE00****MI*1EG4TE5MK72~")
                .getBytes(StandardCharsets.UTF_8);
        long segment = EdiTestFiles.segments(sample.getBytes(StandardCharsets.UTF_8)).indexOf(NAME.substring(0, NAME.length() - 1)) + 1;

        InvalidEdiException refused = assertThrows(InvalidEdiException.class, () -> EdiTestFiles.read(bytes, "emoji.edi"));

        assertEquals("a character beyond U+FFFF (a four-byte UTF-8 sequence, such as an emoji): expected X12 characters,"
                + " which the StAEDI parser reads only up to U+FFFF", refused.reason());
        assertEquals(segment, refused.fileSegmentPosition());
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}

package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scrub837.model.Transaction;
import org.scrub837.testing.TestClaims;

/**
 * Acknowledgment segments are built as text, no longer through StAEDI's writer, so the values
 * StAEDI's writer refused are refused here: a delimiter of the interchange or a control
 * character it treats as invalid. The error names the segment, never the value.
 */
class AckOutputValueCheckTest {

    @TempDir
    Path dir;

    private AckOutput open(Path target) throws IOException {
        Transaction tx = TestClaims.professional().build().transaction();
        return new AckOutput(target, tx.interchange(), tx.group(), "FA", Ack999Writer.VERSION, OriginalControlNumbers.INSTANCE,
                Ack999WriterTest.CLOCK);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {'*', ':', '^', '~', 0x00, 0x08, 0x1B, 0x7F})
    void valueWithADelimiterOrAnInvalidCharacterIsRefused(int c) throws IOException {
        Path target = dir.resolve("B.999");
        AckOutput out = open(target);
        out.startTransaction("999", Ack999Writer.VERSION);
        String value = "SECRET" + (char) c + "VALUE";

        IOException e = assertThrows(IOException.class, () -> out.segment("AK2", "837", value));
        out.discard();

        assertTrue(e.getMessage().contains("segment AK2"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void nonAsciiValueIsWrittenAsUtf8() throws IOException {
        Path target = dir.resolve("B.999");
        AckOutput out = open(target);
        out.startTransaction("999", Ack999Writer.VERSION);
        out.segment("AK2", "837", "é漢");
        out.endTransaction();
        out.commit();

        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(text.contains("AK2*837*é漢~"), text);
        assertTrue(text.contains("SE*3*0001~"), text);
    }
}

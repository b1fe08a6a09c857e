package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.testing.TestClaims;

/**
 * StAEDI checks an acknowledgment envelope once per sender, receiver and delimiters: the next file
 * with the same envelope is written without the check and is byte for byte what the checked one
 * is, and an envelope StAEDI refuses is refused every time, never remembered.
 */
class AckOutputEnvelopeCheckedOnceTest {

    @TempDir
    Path dir;

    @BeforeEach
    void forget() {
        EnvelopesChecked.clear();
    }

    private static void write(Path target, Interchange interchange, FunctionalGroup group) throws IOException {
        AckOutput out = new AckOutput(target, interchange, group, "FA", Ack999Writer.VERSION,
                OriginalControlNumbers.INSTANCE, Ack999WriterTest.CLOCK);
        out.startTransaction("999", Ack999Writer.VERSION);
        out.segment("AK1", "HC", "1", Ack999Writer.VERSION);
        out.endTransaction();
        out.commit();
    }

    @Test
    void secondEnvelopeOfTheSameSenderIsTheSameBytes() throws IOException {
        Transaction tx = TestClaims.professional().build().transaction();
        write(dir.resolve("first.999"), tx.interchange(), tx.group());
        write(dir.resolve("second.999"), tx.interchange(), tx.group());

        assertArrayEquals(Files.readAllBytes(dir.resolve("first.999")), Files.readAllBytes(dir.resolve("second.999")));
    }

    @Test
    void refusedEnvelopeIsRefusedAgain() {
        Transaction tx = TestClaims.professional().build().transaction();
        List<String> isa = new ArrayList<>(tx.interchange().elements());
        isa.set(7, "A-RECEIVER-ID-FAR-TOO-LONG"); // ISA08 (0-based 7) becomes the 999's ISA06: 15 characters at most
        Interchange bad = new Interchange(tx.interchange().isa(), isa, tx.interchange().delimiters(),
                tx.interchange().ordinal());
        FunctionalGroup group = new FunctionalGroup(bad, tx.group().gs(), tx.group().elements(), tx.group().ordinal());

        for (String name : List.of("first.999", "second.999")) {
            IOException e = assertThrows(IOException.class, () -> write(dir.resolve(name), bad, group), name);
            assertTrue(e.getMessage().contains("envelope"), e.getMessage());
            assertFalse(Files.exists(dir.resolve(name)), name);
        }
    }
}

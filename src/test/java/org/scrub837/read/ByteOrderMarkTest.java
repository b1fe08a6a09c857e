package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** A UTF-8 byte-order mark before ISA (StAEDI fails on it) is dropped and reading goes on. */
class ByteOrderMarkTest {

    @Test
    void byteOrderMarkIsStripped() throws Exception {
        byte[] sample = Files.readAllBytes(EdiTestFiles.sample("837P/q4293-clean.edi"));
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(sample);

        CollectingHandler read = EdiTestFiles.read(withBom.toByteArray(), "bom.edi");

        assertEquals(1, read.claims.size());
        assertEquals("PCN-P-001", read.claims.get(0).claimId());
        assertEquals(EdiTestFiles.segments(sample).get(0), read.interchanges.get(0).isa().text());
    }
}

package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A failing input stream (disk, network) is not the file's fault: read() throws the IOException
 * itself, not an InvalidEdiException, so the caller can retry instead of failing the file.
 */
class InputFailureTest {

    @Test
    void ioFailureMidFileIsAnIoException() {
        byte[] sample = EdiTestFiles.sampleText("837P/multi-claim-mixed.edi").getBytes(StandardCharsets.US_ASCII);
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(sample)) {
            private int served;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (served >= 1000) {
                    throw new IOException("device gone");
                }
                int n = super.read(b, off, Math.min(len, 500));
                served += Math.max(n, 0);
                return n;
            }
        };

        IOException e = assertThrows(IOException.class,
                () -> ClaimReaders.create().read(failing, "failing.edi", new CollectingHandler()));

        assertEquals("device gone", e.getMessage());
    }
}

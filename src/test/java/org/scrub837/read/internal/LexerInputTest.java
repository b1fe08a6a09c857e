package org.scrub837.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LexerInput} reads, marks and resets as {@link BufferedInputStream} does (StAEDI's lexer
 * relies on mark and reset to look past trailing whitespace), and pulls from the stream beneath
 * in chunks no larger than the JDK buffer's, so that the input guard counts ahead no further.
 */
class LexerInputTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void readsMarksAndResetsAsBufferedInputStream(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] data = new byte[60_000];
        random.nextBytes(data);
        ChunkCounting beneath = new ChunkCounting(data);
        InputStream ours = new LexerInput(beneath);
        InputStream jdk = new BufferedInputStream(new ByteArrayInputStream(data));
        for (int step = 0; step < 40_000; step++) {
            int op = random.nextInt(100);
            if (op < 85) {
                assertEquals(jdk.read(), ours.read(), "read at step " + step);
            } else if (op < 92) {
                byte[] a = new byte[random.nextInt(300) + 1];
                byte[] b = new byte[a.length];
                int n = jdk.read(a, 0, a.length);
                int m = ours.read(b, 0, b.length);
                // both may return fewer bytes than asked; compare what both returned
                int common = Math.min(n, m);
                for (int i = 0; i < common; i++) {
                    assertEquals(a[i], b[i], "bulk read at step " + step);
                }
                // realign: the longer one went further; read the difference from the other
                for (int i = common; i < n; i++) {
                    assertEquals(a[i], (byte) ours.read());
                }
                for (int i = common; i < m; i++) {
                    assertEquals(b[i], (byte) jdk.read());
                }
            } else if (op < 96) {
                int limit = 200;
                jdk.mark(limit);
                ours.mark(limit);
                int ahead = random.nextInt(limit);
                for (int i = 0; i < ahead; i++) {
                    assertEquals(jdk.read(), ours.read(), "read ahead of a mark at step " + step);
                }
                jdk.reset();
                ours.reset();
            }
        }
        assertTrue(beneath.largestChunk <= LexerInput.CHUNK, "largest chunk " + beneath.largestChunk);
        int a;
        do {
            a = jdk.read();
            assertEquals(a, ours.read());
        } while (a >= 0);
    }

    /** Remembers the largest read it answered. */
    private static final class ChunkCounting extends ByteArrayInputStream {
        int largestChunk;

        ChunkCounting(byte[] data) {
            super(data);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            largestChunk = Math.max(largestChunk, n);
            return n;
        }
    }
}

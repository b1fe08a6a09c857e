package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output's buffer starts small and grows, yet the file gets the same bytes in the same write
 * calls as through the 64 KB {@link BufferedOutputStream} it replaces, for every mix of single
 * bytes, small and large writes; a committed file holds exactly what was written.
 */
class AtomicFileGrowingBufferTest {

    /** Records each write call's size and the bytes. */
    private static final class Recording extends OutputStream {
        final List<Integer> writes = new ArrayList<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            writes.add(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(len);
            bytes.write(b, off, len);
        }
    }

    @Test
    void sameWritesAndBytesAsA64KbBufferedStream(@TempDir Path dir) throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            Recording grown = new Recording();
            Recording buffered = new Recording();
            try (OutputStream a = new AtomicFile.GrowingBuffer(grown);
                    OutputStream b = new BufferedOutputStream(buffered, 1 << 16)) {
                Random random = new Random(seed);
                int total = random.nextInt(400_000);
                int written = 0;
                while (written < total) {
                    int kind = random.nextInt(10);
                    if (kind == 0) {
                        int v = random.nextInt(256);
                        a.write(v);
                        b.write(v);
                        written++;
                    } else {
                        int len = kind == 9 ? random.nextInt(140_000) : random.nextInt(kind < 5 ? 200 : 9_000);
                        byte[] chunk = new byte[len + 3];
                        random.nextBytes(chunk);
                        a.write(chunk, 3, len);
                        b.write(chunk, 3, len);
                        written += len;
                    }
                    if (random.nextInt(50) == 0) {
                        a.flush();
                        b.flush();
                    }
                }
            }
            assertEquals(buffered.writes, grown.writes, "write calls, seed " + seed);
            assertArrayEquals(buffered.bytes.toByteArray(), grown.bytes.toByteArray(), "bytes, seed " + seed);
        }

        byte[] content = new byte[200_000];
        new Random(7).nextBytes(content);
        Path target = dir.resolve("out.837");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write(content, 0, 100);
            file.stream().write(content[100]);
            file.stream().write(content, 101, content.length - 101);
            file.commit();
        }
        assertArrayEquals(content, Files.readAllBytes(target));
    }
}

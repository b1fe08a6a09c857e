package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A spool gives back exactly what was written, whether it stayed in memory or moved to a file
 * beside the output past its memory limit; a small spool never creates a file, and closing leaves
 * none behind.
 */
class SpoolFileSpillTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1000, SpoolFile.MEMORY_LIMIT, SpoolFile.MEMORY_LIMIT + 1, 3 * SpoolFile.MEMORY_LIMIT + 17})
    void readsBackWhatWasWritten(int length) throws IOException {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);
        Path target = dir.resolve("report.json");
        try (SpoolFile spool = new SpoolFile(target, "claims")) {
            OutputStream out = spool.output();
            for (int at = 0; at < length;) {
                int n = Math.min(length - at, 1 + (at % 5000));
                out.write(data, at, n);
                at += n;
            }
            out.flush();
            assertEquals(length, spool.size());
            assertEquals(length > SpoolFile.MEMORY_LIMIT ? 1 : 0, filesIn(dir), "spool files while writing");
            try (InputStream in = spool.input()) {
                assertArrayEquals(data, in.readAllBytes());
            }
        }
        assertEquals(0, filesIn(dir), "files left after close");
    }

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}

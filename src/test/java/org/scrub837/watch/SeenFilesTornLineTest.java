package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed mid-append leaves a last line without its line break: it must not break the record. */
class SeenFilesTornLineTest {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);
    private static final String HASH_C = "c".repeat(64);

    @TempDir
    Path dir;

    @Test
    void tornLastLineIsIgnoredOnLoad() throws Exception {
        Path file = dir.resolve("seen-files.tsv");
        Files.writeString(file, HASH_A + "\tfirst.837\n" + HASH_B + "\tsec", StandardCharsets.UTF_8);

        SeenFiles seen = new SeenFiles(file);

        assertEquals("first.837", seen.nameOf(HASH_A));
        assertNull(seen.nameOf(HASH_B), "a record cut short is not trusted (its name may be cut short too)");
    }

    @Test
    void nextAppendCutsTheTornLineOffInsteadOfGluingOntoIt() throws Exception {
        Path file = dir.resolve("seen-files.tsv");
        Files.writeString(file, HASH_A + "\tfirst.837\n" + HASH_B.substring(0, 20), StandardCharsets.UTF_8);

        new SeenFiles(file).record(HASH_C, "third.837");

        assertEquals(List.of(HASH_A + "\tfirst.837", HASH_C + "\tthird.837"),
                Files.readAllLines(file, StandardCharsets.UTF_8));
        SeenFiles afterRestart = new SeenFiles(file);
        assertEquals("third.837", afterRestart.nameOf(HASH_C));
        assertEquals("first.837", afterRestart.nameOf(HASH_A));
    }

    @Test
    void linesAppendedByAnotherWriterAreSeenWithoutRereadingFromTheStart() throws Exception {
        Path file = dir.resolve("seen-files.tsv");
        SeenFiles one = new SeenFiles(file);
        SeenFiles other = new SeenFiles(file);
        assertNull(one.nameOf(HASH_A));

        other.record(HASH_A, "first.837");
        other.record(HASH_B, "second.837");

        assertEquals("first.837", one.nameOf(HASH_A));
        assertEquals("second.837", one.nameOf(HASH_B));
    }
}

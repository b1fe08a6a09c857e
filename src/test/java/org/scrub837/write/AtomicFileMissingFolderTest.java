package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An output whose folder does not exist yet gets its folder (nested ones too), and the committed
 * file holds what was written, with no temporary file left beside it; the same where the folder
 * exists.
 */
class AtomicFileMissingFolderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"out.txt", "new/out.txt", "new/nested/deeper/out.txt"})
    void commitPutsTheFileInPlaceWhateverFoldersAreMissing(String relative) throws IOException {
        Path target = dir.resolve(relative);

        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("ISA*00~".getBytes(StandardCharsets.US_ASCII));
            file.commit();
        }

        assertEquals("ISA*00~", Files.readString(target, StandardCharsets.US_ASCII));
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            assertEquals(1, siblings.count(), "only the target is left in " + target.getParent());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.txt", "new/nested/out.txt"})
    void discardLeavesNoFileWhateverFoldersWereMissing(String relative) throws IOException {
        Path target = dir.resolve(relative);

        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write('x');
        }

        assertFalse(Files.exists(target));
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            assertEquals(0, siblings.count());
        }
    }
}

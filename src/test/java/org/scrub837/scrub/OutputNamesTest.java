package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputNamesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"claims", "my claims", "ünïcödé", "..x", "...", ".hidden", "a..b"})
    void outputStaysInItsFolder(String base) {
        Path target = OutputNames.resolve(dir, base, ".report.json");
        assertEquals(dir.toAbsolutePath().normalize(), target.getParent());
        assertEquals(base + ".report.json", target.getFileName().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "a/b", "a\\b", "..", "."})
    void nameThatWouldLeaveTheFolderIsRefused(String base) {
        // "." and ".." with an empty suffix would name the folder itself or its parent
        assertThrows(IllegalArgumentException.class, () -> OutputNames.resolve(dir, base, ""));
    }
}

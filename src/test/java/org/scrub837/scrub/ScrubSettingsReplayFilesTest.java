package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code scrub.replayFiles}: how many small files replay scrubs at once. */
class ScrubSettingsReplayFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"1, 1", "3, 3", "16, 16"})
    void aNumberIsTaken(String value, int files) throws IOException {
        assertEquals(files, settings("scrub.replayFiles = " + value + "\n").replayFiles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"scrub.replayFiles = auto\n", "scrub.replayFiles = AUTO\n", "scrub.formats = json\n"})
    void autoMeansTheProcessorsFromTwoToFour(String line) throws IOException {
        int files = settings(line).replayFiles();

        assertEquals(Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors())), files);
        assertTrue(files >= 2 && files <= ScrubSettings.REPLAY_FILES_AUTO_MAX);
    }

    @Test
    void freshControlNumbersScrubOneFileAfterAnother() throws IOException {
        ScrubSettings s = settings("scrub.controlNumbers = fresh\nscrub.replayFiles = 4\n");

        assertEquals(1, s.replayFiles(), "fresh numbers must follow the order of the files");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "many"})
    void aValueThatIsNoPositiveNumberIsRefused(String value) throws IOException {
        ScrubSettings s = settings("scrub.replayFiles = " + value + "\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::replayFiles);
        assertTrue(e.getMessage().contains("scrub.replayFiles"), e.getMessage());
    }

    private ScrubSettings settings(String lines) throws IOException {
        Files.writeString(dir.resolve(ScrubSettings.FILE_NAME), lines);
        return ScrubSettings.load(dir);
    }
}

package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.read.ReaderLimits;

class ScrubEngineLimitsTest {

    @TempDir
    Path config;

    @org.junit.jupiter.api.BeforeEach
    void settingsFile() throws IOException {
        Files.writeString(config.resolve(ScrubSettings.FILE_NAME), "");
    }

    @Test
    void limitsFileIsReadAndSystemPropertyOverridesIt() throws IOException {
        Files.writeString(config.resolve(ScrubEngine.LIMITS_FILE),
                "scrub.limits.maxSegmentLength=1000\nscrub.limits.maxLinesPerClaim=50\n");
        String key = ReaderLimits.MAX_LINES_PER_CLAIM;
        String before = System.getProperty(key);
        System.setProperty(key, "60");
        try {
            ReaderLimits limits = ScrubEngine.limits(ScrubSettings.load(config));
            assertEquals(1000, limits.maxSegmentLength());
            assertEquals(60, limits.maxLinesPerClaim());
            assertEquals(ReaderLimits.defaults().maxFileBytes(), limits.maxFileBytes());
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    @Test
    void missingLimitsFileMeansDefaults() throws IOException {
        assertEquals(ReaderLimits.defaults(), ScrubEngine.limits(ScrubSettings.load(config)));
    }
}

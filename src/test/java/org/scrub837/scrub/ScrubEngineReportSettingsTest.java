package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.testing.TestConfig;

/**
 * The report and progress settings reach the engine: the card and entry bound of the reports for
 * people, and the progress log interval; a value that is not a number stops the load naming its key.
 */
class ScrubEngineReportSettingsTest {

    @TempDir
    Path dir;

    private Path config(String extra) throws IOException {
        Path config = dir.resolve("config");
        TestConfig.copyTree(Path.of("config"), config);
        Path settings = config.resolve(ScrubSettings.FILE_NAME);
        Files.writeString(settings, Files.readString(settings) + "\n" + extra + "\n");
        return config;
    }

    @Test
    void maxClaimsBoundsTheCardsAndTheSummary() throws IOException {
        ScrubEngine engine = ScrubEngine.load(config("scrub.report.maxClaims = 1"));
        Path out = Files.createDirectories(dir.resolve("out"));
        engine.scrubber().scrub(Path.of("edi-samples/837P/multi-claim-mixed.edi"),
                engine.outputs(out, out, EnumSet.of(ReportFormat.HTML, ReportFormat.TXT)));
        String html = Files.readString(out.resolve("multi-claim-mixed.report.html"));
        assertEquals(1, html.split("<article ", -1).length - 1, "one card");
        assertTrue(html.contains("1 more rejected claim is not shown"), html);
        String summary = Files.readString(out.resolve("multi-claim-mixed.summary.txt"));
        assertTrue(summary.contains("... and 1 more rejected claim, not listed"), summary);
    }

    @ParameterizedTest
    @CsvSource({"scrub.report.maxClaims, many", "scrub.report.maxClaimBytes, -1", "scrub.progressLogSeconds, soon"})
    void aValueThatIsNoNumberIsRefusedByName(String key, String value) throws IOException {
        Path config = config(key + " = " + value);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScrubEngine.load(config));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}

package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.model.FileOutcome;

/** The per-transaction scrub spools claim data under scrub.state, never in the system's temporary folder. */
class ScrubEngineSpoolUnderStateTest {

    @TempDir
    Path dir;

    private ScrubEngine engine(Path state) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        for (String f : List.of("rules.yaml", ScrubEngine.LIMITS_FILE)) {
            Files.copy(Path.of("config").resolve(f), config.resolve(f));
        }
        Files.createDirectories(config.resolve("payers"));
        try (Stream<Path> payers = Files.list(Path.of("config/payers"))) {
            for (Path p : payers.toList()) {
                Files.copy(p, config.resolve("payers").resolve(p.getFileName()));
            }
        }
        Files.writeString(config.resolve("application.properties"), "scrub.state = " + state + "\n"
                + "scrub.parallelThreads = 2\nscrub.parallelMinBytes = 0\n");
        return ScrubEngine.load(config);
    }

    @Test
    void piecesAreSpooledUnderTheStateFolderAndRemoved() throws IOException {
        Path state = dir.resolve("state");
        ScrubEngine engine = engine(state);
        Path out = Files.createDirectories(dir.resolve("out"));

        FileOutcome outcome = engine.scrubber().scrub(Path.of("edi-samples/837P/multi-st.edi"),
                engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));

        assertEquals(3, outcome.claims());
        Path spool = state.resolve(ScrubEngine.SPOOL_DIR);
        assertTrue(Files.isDirectory(spool), "the spool folder is made under scrub.state");
        try (Stream<Path> left = Files.list(spool)) {
            assertEquals(List.of(), left.toList(), "spool folders left behind");
        }
    }

    @Test
    void aSpoolFolderLeftByAKilledScrubIsRemovedAtLoad() throws IOException {
        Path state = dir.resolve("state");
        Path stale = Files.createDirectories(state.resolve(ScrubEngine.SPOOL_DIR).resolve("scrub837-pieces-1"));
        Files.writeString(stale.resolve("0.piece"), "claim data");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));

        engine(state);

        assertFalse(Files.exists(stale));
    }
}

package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.TestConfig;

/** Starting the watch folder removes the temporary files a killed run left, and nothing else. */
class StaleTempFilesStartupTest {

    @TempDir
    Path root;

    @Test
    void leftoverTemporaryOutputsAreRemovedWhenTheHandlerStarts() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Instant earlier = Instant.now().minus(1, ChronoUnit.MINUTES);
        Path cleanPart = old(root.resolve("outbox/.claims.clean.837.4711.part"), earlier);
        Path spoolPart = old(root.resolve("reports/.claims.report.json.claims.99.part"), earlier);
        Path reasonPart = old(root.resolve("failed/.junk.pdf.reason.txt.12.part"), earlier);
        Path counterPart = old(root.resolve("state/.control-numbers.state.5.part"), earlier);
        Path senderUpload = old(root.resolve("inbox/.upload.837.part"), earlier);
        Path notOurs = old(root.resolve("reports/notes.part"), earlier);
        Path output = old(root.resolve("outbox/claims.clean.837"), earlier);
        Path fresh = root.resolve("outbox/.other.clean.837.8.part");
        Files.writeString(fresh, "being written by a process running now");
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.now().plus(1, ChronoUnit.MINUTES)));

        new InboxFileHandler(ScrubEngine.load(config));

        for (Path gone : new Path[] {cleanPart, spoolPart, reasonPart, counterPart}) {
            assertFalse(Files.exists(gone), gone + " is removed");
        }
        for (Path kept : new Path[] {senderUpload, notOurs, output, fresh}) {
            assertTrue(Files.exists(kept), kept + " is kept");
        }
    }

    private static Path old(Path file, Instant when) throws Exception {
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(when));
        return file;
    }
}

package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.camel.LogCapture;
import org.scrub837.model.FileStatus;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

import ch.qos.logback.classic.Level;

/** Issue #10, finding 6: a file that fails is logged at WARN with its reason and where it went, not at INFO. */
class InboxFailedFileWarnTest {

    @TempDir
    Path root;

    @Test
    void aFailedFileIsLoggedAtWarnWithItsReason() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path input = root.resolve("inbox/scan.pdf");
        Files.write(input, InboxInputs.notAnEdiFile(7));
        InboxFileHandler handler = new InboxFileHandler(ScrubEngine.load(config));

        try (LogCapture log = LogCapture.of(InboxFileHandler.class)) {
            InboxFileHandler.Disposition d = handler.handle(input);

            assertEquals(FileStatus.FAILED, d.outcome().status());
            String reason = Files.readString(root.resolve("failed/scan.pdf.reason.txt")).strip();
            assertTrue(log.has(Level.WARN, "file=scan.pdf", "movedTo=scan.pdf", reason), log.events().toString());
        }
    }
}

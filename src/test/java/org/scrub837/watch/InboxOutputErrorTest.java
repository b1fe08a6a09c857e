package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;

/**
 * An output that cannot be written (here the outbox was replaced by a plain file while the service
 * runs, so the clean 837's temporary file cannot be made) is an output error: it names the output
 * folder and says the file is not at fault, no report calls the input unreadable, and nothing of the
 * run is left in the reports folder. Before, the error was taken for an unreadable input: a report
 * and a reason asking for the file to be exported again.
 */
class InboxOutputErrorTest {

    @TempDir
    Path root;

    @Test
    void outboxThatCannotBeWrittenIsReportedAsAnOutputError() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        InboxFileHandler handler = new InboxFileHandler(ScrubEngine.load(config));
        Path input = root.resolve("inbox/mixed.837");
        Files.copy(Path.of("edi-samples/837P/multi-claim-mixed.edi"), input);
        Path outbox = root.resolve("outbox");
        Files.delete(outbox);
        Files.writeString(outbox, "not a folder");

        OutputWriteException e = assertThrows(OutputWriteException.class, () -> handler.handle(input));

        assertEquals(outbox.toAbsolutePath(), e.folder(), "the output folder is named");
        assertTrue(e.getMessage().contains(outbox.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not at fault"), e.getMessage());
        assertFalse(e.getMessage().contains("cannot be read"), e.getMessage());
        List<String> reports = WatchFolderOutcomes.names(root.resolve("reports"));
        assertEquals(List.of(), reports, "no report of the interrupted run, no temporary file");
        assertTrue(Files.exists(input), "the original is left for the caller to move to failed");
    }
}

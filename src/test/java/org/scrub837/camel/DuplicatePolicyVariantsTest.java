package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;

/** The same content dropped twice under different names: scrub.duplicates=process, and the record across a restart. */
class DuplicatePolicyVariantsTest {

    private static final Path SAMPLE = Path.of("edi-samples/837P/q4293-clean.edi");

    @TempDir
    Path root;

    @Test
    void processPolicyScrubsTheSecondCopyAgain() throws Exception {
        Path config = TestConfig.watchFolder(root, 2);
        InboxInputs.override(config, "scrub.duplicates = process", "scrub.formats = json");
        byte[] content = Files.readAllBytes(SAMPLE);
        try (RunningService service = RunningService.start(config)) {
            InboxInputs.drop(root.resolve("inbox"), "first.837", content);
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/first.837")), 60);
            InboxInputs.drop(root.resolve("inbox"), "again.837", content);
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/again.837")), 60);
        }

        assertTrue(Files.exists(root.resolve("outbox/again.clean.837")), "scrubbed again");
        assertFalse(Files.exists(root.resolve("reports/again.837.duplicate.txt")), "no skip note");
        WatchFolderOutcomes.Summary summary = WatchFolderOutcomes.verify(root, List.of("first.837", "again.837"));
        assertEquals(2, summary.scrubbed());
    }

    @Test
    void skipRecordSurvivesARestartOfTheService() throws Exception {
        Path config = TestConfig.watchFolder(root, 2);
        InboxInputs.override(config, "scrub.formats = json");
        byte[] content = Files.readAllBytes(SAMPLE);
        try (RunningService service = RunningService.start(config)) {
            InboxInputs.drop(root.resolve("inbox"), "first.837", content);
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/first.837")), 60);
        }
        try (RunningService restarted = RunningService.start(config)) {
            InboxInputs.drop(root.resolve("inbox"), "again.837", content);
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/again.837")), 60);
        }

        Path note = root.resolve("reports/again.837.duplicate.txt");
        assertTrue(Files.exists(note), "skipped with a note after the restart");
        assertTrue(Files.readString(note).contains("first.837"), "the note names the file processed first");
        assertFalse(Files.exists(root.resolve("outbox/again.clean.837")), "not scrubbed twice");
        WatchFolderOutcomes.Summary summary = WatchFolderOutcomes.verify(root, List.of("first.837", "again.837"));
        assertEquals(1, summary.skippedDuplicates());
    }
}

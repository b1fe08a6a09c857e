package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.model.FileStatus;
import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;
import org.scrub837.testing.WatchFolderOutcomes;

/**
 * The service stopped (killed) at a chosen point between scrubbing a file and the move of its
 * original, then started again (a new handler over the same folders): the original is handled
 * again and its outputs end complete and once. The Camel consumer moves the original only after
 * {@link InboxFileHandler#handle} returns, so "not moved" is simply "handle returned, nothing moved".
 */
class InboxRestartWindowTest {

    @TempDir
    Path root;

    private Path config;
    private Path input;

    @BeforeEach
    void setUp() throws Exception {
        config = TestConfig.watchFolder(root, 1);
        input = root.resolve("inbox/mixed.837");
        Files.copy(Path.of("edi-samples/837P/multi-claim-mixed.edi"), input);
    }

    @Test
    void killedAfterTheRecordBeforeTheMoveArchivesWithoutScrubbingAgain() throws Exception {
        InboxFileHandler.Disposition first = handler().handle(input);
        assertEquals(FileStatus.PARTIAL, first.outcome().status());
        Map<String, byte[]> outputs = outputs();

        InboxFileHandler.Disposition again = handler().handle(input);

        assertTrue(again.duplicate(), "recognised by name and hash as already processed");
        assertNull(again.outcome(), "not scrubbed again");
        assertEquals(first.destination(), again.destination(), "the same archive name as before the kill");
        assertSameOutputs(outputs, outputs());
        assertFalse(Files.exists(root.resolve("reports/mixed.837.duplicate.txt")), "no duplicate note for itself");
    }

    @Test
    void killedAfterTheOutputsBeforeTheRecordScrubsAgainIntoTheSameOutputs() throws Exception {
        handler().handle(input);
        Map<String, byte[]> outputs = outputs();
        Files.write(root.resolve("state/seen-files.tsv"), new byte[0]); // the record never made it

        InboxFileHandler.Disposition again = handler().handle(input);

        assertNotNull(again.outcome(), "scrubbed again");
        assertEquals(root.resolve("archive/mixed.837").toAbsolutePath(), again.destination());
        assertSameOutputs(outputs, outputs());
    }

    @Test
    void killedMidOutputsLeavesNothingHalfOnceScrubbedAgain() throws Exception {
        handler().handle(input);
        Map<String, byte[]> outputs = outputs();
        // a kill between two commits: the clean 837 of this run is in place, the report is not,
        // and a temporary file of the report is left behind
        Files.delete(root.resolve("reports/mixed.report.json"));
        Files.writeString(root.resolve("reports/.mixed.report.json.123.part"), "{\"file\":");
        Files.setLastModifiedTime(root.resolve("reports/.mixed.report.json.123.part"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.write(root.resolve("state/seen-files.tsv"), new byte[0]);

        handler().handle(input);

        assertSameOutputs(outputs, outputs());
    }

    @Test
    void sameNameAndContentDroppedAgainAfterArchivingGetsANote() throws Exception {
        InboxFileHandler handler = handler();
        Path archived = handler.handle(input).destination();
        Files.copy(input, archived); // what the consumer's move does
        Map<String, byte[]> outputs = outputs();

        InboxFileHandler.Disposition again = handler.handle(input);

        assertTrue(again.duplicate());
        assertEquals(root.resolve("archive/mixed.1.837").toAbsolutePath(), again.destination());
        assertTrue(Files.exists(root.resolve("reports/mixed.837.duplicate.txt")), "a dropped-again file is told");
        Map<String, byte[]> after = outputs();
        after.remove("reports/mixed.837.duplicate.txt");
        assertSameOutputs(outputs, after);
    }

    @Test
    void twoFilesSentToOneArchiveNameBeforeEitherMovesGetDifferentNames() throws Exception {
        Files.copy(input, root.resolve("archive/mixed.837")); // an earlier file of the same name
        Path other = root.resolve("inbox/mixed.1.837");
        Files.write(other, InboxInputs.distinctCopy(Path.of("edi-samples/837P/q4293-clean.edi"), 42));
        Files.write(input, InboxInputs.distinctCopy(Path.of("edi-samples/837P/multi-claim-mixed.edi"), 43));
        InboxFileHandler handler = handler();

        Path first = handler.handle(input).destination();
        Path second = handler.handle(other).destination();

        assertEquals(root.resolve("archive/mixed.1.837").toAbsolutePath(), first);
        assertNotEquals(first, second, "the second move must not replace the first file");
    }

    private InboxFileHandler handler() throws Exception {
        return new InboxFileHandler(ScrubEngine.load(config));
    }

    /** Every file in outbox and reports (temporary ones included), by folder/name. */
    private Map<String, byte[]> outputs() throws Exception {
        Map<String, byte[]> all = new LinkedHashMap<>();
        for (String folder : new String[] {"outbox", "reports", "archive", "failed"}) {
            for (String name : WatchFolderOutcomes.names(root.resolve(folder))) {
                all.put(folder + "/" + name, Files.readAllBytes(root.resolve(folder).resolve(name)));
            }
        }
        return all;
    }

    private static void assertSameOutputs(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same output files, none twice, none half");
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name + " has the same content");
        }
    }
}

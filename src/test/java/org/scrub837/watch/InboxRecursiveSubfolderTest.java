package org.scrub837.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.scrub.ScrubEngine;
import org.scrub837.testing.TestConfig;

/**
 * Issue #10, finding 6 ({@code scrub.recursive}): a file picked up in a subfolder of the inbox
 * keeps its relative path in every output, in the archive and in the failed folder, so that two
 * clinics' {@code claims.837} never meet.
 */
class InboxRecursiveSubfolderTest {

    @TempDir
    Path root;

    @Test
    void outputsAndOriginalKeepTheSubfolder() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path input = root.resolve("inbox/clinic-a/claims.837");
        Files.createDirectories(input.getParent());
        Files.copy(Path.of("edi-samples/837P/multi-claim-mixed.edi"), input);
        Path junk = root.resolve("inbox/clinic-b/claims.837");
        Files.createDirectories(junk.getParent());
        Files.writeString(junk, "not an 837");
        InboxFileHandler handler = new InboxFileHandler(ScrubEngine.load(config));

        InboxFileHandler.Disposition scrubbed = handler.handle(input);
        InboxFileHandler.Disposition failed = handler.handle(junk);

        assertEquals(root.resolve("archive/clinic-a/claims.837").toAbsolutePath(), scrubbed.destination());
        assertTrue(Files.exists(root.resolve("outbox/clinic-a/claims.clean.837")));
        assertTrue(Files.exists(root.resolve("reports/clinic-a/claims.report.json")));
        assertEquals(root.resolve("failed/clinic-b/claims.837").toAbsolutePath(), failed.destination());
        assertTrue(Files.exists(root.resolve("failed/clinic-b/claims.837.reason.txt")));
        assertTrue(Files.exists(root.resolve("reports/clinic-b/claims.report.json")));
        assertTrue(Files.notExists(root.resolve("reports/claims.report.json")), "nothing at the top level");
    }
}

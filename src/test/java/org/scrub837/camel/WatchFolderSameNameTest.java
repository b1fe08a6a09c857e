package org.scrub837.camel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.TestConfig;

/**
 * Issue #10, finding 1: a practice system exports under the same name every day. The second
 * {@code export.837} (other claims) must not replace the first one's outputs: it takes the next
 * free base, {@code export.1}, the way the archive names the original, and its report names the
 * input and its archived name. Drives the real route in this JVM.
 */
class WatchFolderSameNameTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void secondSameNameInputTakesTheNextBaseAndLeavesTheFirstOutputs() throws Exception {
        Path config = TestConfig.watchFolder(root, 2);
        Path inbox = root.resolve("inbox");
        Path monday = Path.of("edi-samples/837P/multi-claim-mixed.edi");
        Path tuesday = Path.of("edi-samples/837P/q4293-clean.edi");
        try (RunningService service = RunningService.start(config)) {
            InboxInputs.drop(inbox, "export.837", InboxInputs.distinctCopy(monday, 1));
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/export.837")), 60);
            byte[] mondayClean = Files.readAllBytes(root.resolve("outbox/export.clean.837"));
            byte[] mondayRejected = Files.readAllBytes(root.resolve("reports/export.rejected.837"));
            byte[] mondayReport = Files.readAllBytes(root.resolve("reports/export.report.json"));
            byte[] mondaySummary = Files.readAllBytes(root.resolve("reports/export.summary.txt"));

            InboxInputs.drop(inbox, "export.837", InboxInputs.distinctCopy(tuesday, 2));
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/export.1.837")), 60);

            assertArrayEquals(mondayClean, Files.readAllBytes(root.resolve("outbox/export.clean.837")));
            assertArrayEquals(mondayRejected, Files.readAllBytes(root.resolve("reports/export.rejected.837")));
            assertArrayEquals(mondayReport, Files.readAllBytes(root.resolve("reports/export.report.json")));
            assertArrayEquals(mondaySummary, Files.readAllBytes(root.resolve("reports/export.summary.txt")));
            assertTrue(Files.exists(root.resolve("outbox/export.1.clean.837")));
            assertTrue(Files.exists(root.resolve("reports/export.1.summary.txt")));

            JsonNode first = JSON.readTree(mondayReport);
            assertEquals("export.837", first.path("fileName").asText());
            assertEquals("archive", first.path("archivedIn").asText());
            assertEquals("export.837", first.path("archivedAs").asText());
            JsonNode second = JSON.readTree(root.resolve("reports/export.1.report.json").toFile());
            assertEquals("export.837", second.path("fileName").asText());
            assertEquals("export.1", second.path("file").asText());
            assertEquals("export.1.837", second.path("archivedAs").asText());
            // the summary names its input and where the original went, as the JSON report does
            String secondSummary = Files.readString(root.resolve("reports/export.1.summary.txt"));
            assertTrue(secondSummary.contains("File:      export.837\n"), secondSummary);
            assertTrue(secondSummary.contains("Original:  archive/export.1.837\n"), secondSummary);
            assertTrue(new String(mondaySummary, java.nio.charset.StandardCharsets.UTF_8)
                    .contains("Original:  archive/export.837\n"));
        }
    }

    @Test
    void sameNameKeepsItsOutputsAfterTheForwarderTookTheCleanFile() throws Exception {
        Path config = TestConfig.watchFolder(root, 1);
        Path inbox = root.resolve("inbox");
        Path sample = Path.of("edi-samples/837P/q4293-clean.edi");
        try (RunningService service = RunningService.start(config)) {
            InboxInputs.drop(inbox, "daily.837", InboxInputs.distinctCopy(sample, 1));
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/daily.837")), 60);
            // the forwarder took the clean 837; the reports stay and are not to be replaced
            Files.delete(root.resolve("outbox/daily.clean.837"));
            byte[] firstReport = Files.readAllBytes(root.resolve("reports/daily.report.json"));

            InboxInputs.drop(inbox, "daily.837", InboxInputs.distinctCopy(sample, 2));
            WatchFolderRouteTest.awaitTrue(() -> Files.exists(root.resolve("archive/daily.1.837")), 60);

            assertArrayEquals(firstReport, Files.readAllBytes(root.resolve("reports/daily.report.json")));
            assertTrue(Files.notExists(root.resolve("outbox/daily.clean.837")), "the taken file is not written again");
            assertTrue(Files.exists(root.resolve("outbox/daily.1.clean.837")));
        }
    }
}

package org.scrub837.responses.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without PostgreSQL the response folder still reads and moves every file: responses to the
 * archive's responses/ folder, anything else to the failed folder with its reason.
 */
class ResponseFolderWithoutStoreTest {

    @TempDir
    Path root;

    @Test
    void responsesAreReadAndMovedAndTheRestFails() throws Exception {
        try (ResponseFolderNodes node = new ResponseFolderNodes()) {
            Path shared = Files.createDirectories(root.resolve("shared"));
            Path responses = Files.createDirectories(shared.resolve("responses"));
            node.start(root, 1, shared);
            ResponseFolderNodes.drop(responses, "managed-care.835",
                    Files.readString(Path.of("src/test/resources/responses/public/linuxforhealth-managed-care.835")));
            ResponseFolderNodes.drop(responses, "with-ta1.999",
                    Files.readString(Path.of("src/test/resources/responses/generated/999-with-ta1.999")));
            ResponseFolderNodes.drop(responses, "status.277",
                    Files.readString(Path.of("src/test/resources/responses/public/linuxforhealth-claim-level-status-x212.277")));
            ResponseFolderNodes.drop(responses, "claims.837", Files.readString(Path.of("edi-samples/837P/q4293-clean.edi")));
            ResponseFolderNodes.drop(responses, "empty.999", "");

            Path failed = shared.resolve("failed");
            ResponseFolderNodes.await(() -> ResponseFolderNodes.names(responses).isEmpty()
                    && ResponseFolderNodes.names(failed).size() == 6, 60, "every file moved");

            assertEquals(List.of("managed-care.835", "with-ta1.999"), ResponseFolderNodes.names(shared.resolve("archive/responses")));
            assertEquals(List.of("claims.837", "claims.837.reason.txt", "empty.999", "empty.999.reason.txt", "status.277",
                    "status.277.reason.txt"), ResponseFolderNodes.names(failed));
            assertEquals("transaction set 837 is not a response (TA1, 999, 277CA or 835 expected)\n",
                    Files.readString(failed.resolve("claims.837.reason.txt")));
            assertEquals("a 277 that is not a claim acknowledgment (version 005010X212, expected 005010X214)\n",
                    Files.readString(failed.resolve("status.277.reason.txt")));
            assertEquals("an empty file, not a response\n", Files.readString(failed.resolve("empty.999.reason.txt")));
        }
    }
}

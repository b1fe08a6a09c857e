package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder whose files could not all be deleted is never handed to another request (which could
 * otherwise answer with a stale output, or read another request's claims); what could be deleted
 * of it is, and the next request gets a new, empty folder.
 */
class ApiWorkFoldersUncleanNotReusedTest {

    @Test
    void folderLeftWithAFileIsNotHandedOutAgain(@TempDir Path state) throws Exception {
        ApiWorkFolders folders = new ApiWorkFolders(state.resolve("api-requests"), path -> {
            if (path.getFileName().toString().equals("request.rejected.837")) {
                throw new IOException("cannot delete");
            }
            Files.delete(path);
        });
        Path first = folders.take();
        Files.writeString(first.resolve("request.837"), "ISA*...");
        Files.writeString(first.resolve("request.rejected.837"), "ISA*...");
        folders.giveBack(first);
        assertFalse(Files.exists(first.resolve("request.837")), "what could be deleted is");

        Path next = folders.take();
        assertNotEquals(first, next, "the folder that kept a file is not used again");
        try (Stream<Path> s = Files.list(next)) {
            assertTrue(s.findAny().isEmpty(), "the next request starts empty");
        }
    }
}

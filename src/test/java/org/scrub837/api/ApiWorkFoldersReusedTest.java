package org.scrub837.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request's folder is emptied when the request gives it back (the body, the outputs, anything
 * else the scrub left) and the same, now empty, folder serves the next request: no folder is made
 * and removed per request.
 */
class ApiWorkFoldersReusedTest {

    @Test
    void emptiedFolderServesTheNextRequest(@TempDir Path state) throws Exception {
        ApiWorkFolders folders = new ApiWorkFolders(state.resolve("api-requests"));
        Path first = folders.take();
        Files.writeString(first.resolve("request.837"), "ISA*...");
        Files.writeString(first.resolve("request.report.json"), "{}");
        Files.createDirectories(first.resolve("unexpected")).resolve("x").toFile().createNewFile();
        folders.giveBack(first);
        assertTrue(isEmpty(first), "nothing of the request is left once it is given back");

        Path second = folders.take();
        assertEquals(first, second, "the emptied folder is handed out again");
        assertTrue(isEmpty(second));
        try (Stream<Path> s = Files.list(state.resolve("api-requests"))) {
            assertEquals(1, s.count(), "one folder for one request at a time");
        }
    }

    @Test
    void requestsAtOnceEachGetTheirOwnFolder(@TempDir Path state) throws Exception {
        ApiWorkFolders folders = new ApiWorkFolders(state.resolve("api-requests"));
        Path a = folders.take();
        Path b = folders.take();
        assertTrue(!a.equals(b), "two requests in flight never share a folder");
        folders.giveBack(a);
        folders.giveBack(b);
        Path c = folders.take();
        Path d = folders.take();
        assertTrue(!c.equals(d));
        assertTrue(Stream.of(a, b).anyMatch(c::equals) && Stream.of(a, b).anyMatch(d::equals), "both kept for reuse");
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}

package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output is written under a new dot name ending in .part that only its owner can read (it holds
 * claim data), and keeps those permissions after the rename when no scrub.outputMode is set.
 */
class AtomicFileOwnerOnlyTest {

    @TempDir
    Path dir;

    @Test
    void temporaryFileIsOwnerOnlyUntilItIsRenamed() throws IOException {
        // scrub.outputMode is JVM-wide: another test of this run may have set it
        Set<PosixFilePermission> before = AtomicFile.outputMode();
        AtomicFile.setOutputMode(null);
        try {
            writeAndCommit();
        } finally {
            AtomicFile.setOutputMode(before);
        }
    }

    private void writeAndCommit() throws IOException {
        Path target = dir.resolve("B.report.json");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("{}".getBytes(StandardCharsets.UTF_8));
            List<Path> temps;
            try (Stream<Path> list = Files.list(dir)) {
                temps = list.toList();
            }
            assertEquals(1, temps.size(), temps.toString());
            String name = temps.get(0).getFileName().toString();
            assertTrue(name.startsWith(".B.report.json.") && name.endsWith(AtomicFile.TEMP_SUFFIX), name);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temps.get(0))));

            file.commit();
        }
        assertEquals("{}", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (Stream<Path> list = Files.list(dir)) {
            assertEquals(List.of(target), list.toList());
        }
    }
}

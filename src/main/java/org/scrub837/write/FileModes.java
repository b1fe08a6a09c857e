package org.scrub837.write;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The permissions of what scrub837 creates: folders 0750 (the owner writes, the service account's
 * group reads and enters, nobody else: every folder holds claim data), files {@code scrub.outputMode}.
 * The process umask can only take bits away.
 */
public final class FileModes {

    /** rwxr-x---: the folders of the service and of the outputs. */
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-x---");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FileModes() {
    }

    /** Makes the folder and any missing parent, each 0750; an existing folder keeps its mode. */
    public static Path createFolders(Path dir) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(dir);
        }
        return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
    }

    /** Gives an existing file {@code scrub.outputMode} (an original about to be archived or failed). */
    public static void applyOutputMode(Path file, Set<PosixFilePermission> mode) throws IOException {
        if (POSIX && mode != null && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, mode);
        }
    }
}

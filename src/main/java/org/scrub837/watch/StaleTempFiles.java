package org.scrub837.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.scrub837.write.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the temporary files a killed process left behind in the folders it writes to. Outputs
 * are written under {@code .<name>.<random>.part} and renamed into place; a process killed before
 * the rename leaves the temporary file, which no one will ever complete. Only files with that
 * pattern and last modified before the given instant are removed, so that a file another process
 * is writing right now is left alone.
 */
public final class StaleTempFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StaleTempFiles.class);

    private StaleTempFiles() {
    }

    /** Deletes our temporary files modified before {@code before} in each folder; returns how many. */
    public static int remove(Instant before, Path... folders) throws IOException {
        int removed = 0;
        FileTime limit = FileTime.from(before);
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            int here = 0;
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, StaleTempFiles::isOurTemporaryName)) {
                for (Path p : files) {
                    try {
                        if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).compareTo(limit) < 0) {
                            Files.delete(p);
                            here++;
                        }
                    } catch (NoSuchFileException gone) {
                        // removed by someone else meanwhile: that is what we wanted
                    }
                }
            }
            if (here > 0) {
                LOG.info("removed {} unfinished temporary file(s) of an earlier run from {}", here, folder);
            }
            removed += here;
        }
        return removed;
    }

    /** {@code .<something>.part}: the names of {@link AtomicFile} and of the writers' spool files. */
    static boolean isOurTemporaryName(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(AtomicFile.TEMP_SUFFIX) && name.length() > 1 + AtomicFile.TEMP_SUFFIX.length();
    }
}

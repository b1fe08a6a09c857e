package org.scrub837.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file beside an output, for parts a writer must write before it knows what comes
 * first (totals). Named like {@link AtomicFile}'s temporary files ({@code .name.*.part}) so that
 * folder consumers ignore it; deleted on {@link #close()}.
 */
final class SpoolFile implements AutoCloseable {

    private final Path path;

    SpoolFile(Path target, String purpose) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.path = Files.createTempFile(dir, "." + target.getFileName() + "." + purpose + ".", AtomicFile.TEMP_SUFFIX);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the .part name keeps a leftover out of every consumer's way
        }
    }
}

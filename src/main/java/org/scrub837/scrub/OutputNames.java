package org.scrub837.scrub;

import java.nio.file.Path;

/** Output file names, kept inside their folder whatever the input's name holds. */
public final class OutputNames {

    private OutputNames() {
    }

    /**
     * {@code folder/base+suffix}, refusing any name that would land outside {@code folder}. The
     * base comes from a file name, so it holds no separator; this is the second line of defence.
     */
    public static Path resolve(Path folder, String base, String suffix) {
        String name = base + suffix;
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("output name '" + name + "' holds a path separator");
        }
        Path dir = folder.toAbsolutePath().normalize();
        Path target = dir.resolve(name).normalize();
        if (!dir.equals(target.getParent())) {
            throw new IllegalArgumentException("output name '" + name + "' would leave the folder " + dir);
        }
        return target;
    }
}

package org.scrub837.watch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output of an input could not be written (a temporary file that vanished, a rename that failed, a
 * full disk): the fault is in the output folder, not in the input, so the message names the folder and
 * asks for the file to be put back once the folder is fixed, never for the file to be exported again.
 * The outputs already written for the input have been removed when this is thrown.
 */
public final class OutputWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    public OutputWriteException(String fileName, Path folder, IOException cause) {
        super("an output of '" + fileName + "' could not be written in the folder " + folder + " ("
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + "). The file itself is not at fault and nothing of it was sent: fix the folder (free space,"
                + " permissions, a program removing files there), then move the file back into the inbox.", cause);
        this.folder = folder;
    }

    /** The output folder that failed. */
    public Path folder() {
        return folder;
    }
}

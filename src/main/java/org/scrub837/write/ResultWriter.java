package org.scrub837.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeListener;
import org.scrub837.model.FileOutcome;

/**
 * One output of a scrub (the clean 837, the rejected 837, the JSON report ...), fed in file order.
 * Writers know nothing of rules: they see claims and findings. Each writes under a temporary name
 * and puts its output in place only in {@link #finish}; {@link #close} without finish discards.
 */
public interface ResultWriter extends EnvelopeListener<ClaimResult, IOException>, Closeable {

    /** The file this writer puts in place (it may write none, when it has nothing to say). */
    Path target();

    /** Completes the output and renames it into place (or writes nothing, where it has nothing to say). */
    void finish(FileOutcome outcome) throws IOException;

    /** Discards whatever was not finished. Never throws for a missing temporary file. */
    @Override
    void close() throws IOException;
}

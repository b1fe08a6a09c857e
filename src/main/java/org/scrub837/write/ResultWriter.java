package org.scrub837.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;

/**
 * One output of a scrub (the clean 837, the rejected 837, the JSON report ...), fed in file order.
 * Writers know nothing of rules: they see claims and findings. Each writes under a temporary name
 * and puts its output in place only in {@link #finish}; {@link #close} without finish discards.
 */
public interface ResultWriter extends Closeable {

    /** The file this writer puts in place (it may write none, when it has nothing to say). */
    Path target();

    default void startInterchange(Interchange interchange) throws IOException {
    }

    default void startGroup(FunctionalGroup group) throws IOException {
    }

    default void startTransaction(Transaction transaction) throws IOException {
    }

    void claim(ClaimResult result) throws IOException;

    default void endTransaction(Transaction transaction, EnvelopeEnd end) throws IOException {
    }

    default void endGroup(FunctionalGroup group, EnvelopeEnd end) throws IOException {
    }

    default void endInterchange(Interchange interchange, EnvelopeEnd end) throws IOException {
    }

    /** Completes the output and renames it into place (or writes nothing, where it has nothing to say). */
    void finish(FileOutcome outcome) throws IOException;

    /** Discards whatever was not finished. Never throws for a missing temporary file. */
    @Override
    void close() throws IOException;
}

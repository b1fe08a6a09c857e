package org.scrub837.write;

import java.io.IOException;

import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;

/**
 * Chooses the control numbers (ISA13, GS06, ST02) of an envelope written into an output. Called
 * once per envelope actually written, never for envelopes left out because they stayed empty.
 */
public interface ControlNumbers {

    /** ISA13 for the output interchange made from {@code source}: exactly 9 digits. */
    String interchange(Interchange source) throws IOException;

    /** GS06 for the output group made from {@code source}. */
    String group(FunctionalGroup source) throws IOException;

    /** ST02 for the output transaction made from {@code source}. */
    String transaction(Transaction source) throws IOException;
}

package org.scrub837.read.internal;

import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * What differs between reading a part of the file fast ({@link FastReading}) and with StAEDI's
 * validation ({@link ValidatedReading}); {@link ReadSession} asks the one the {@link PassPlan}
 * gives for where it stands. Everything else (envelopes, levels, claims, issues) is the same.
 */
interface PassMode {

    /** StAEDI reported a segment error (only envelopes, when no transaction schema is set). */
    void segmentError(EDIStreamValidationError error);

    /** StAEDI reported an element error. */
    void elementError(EDIStreamValidationError error);

    /** An envelope ended without its trailer. */
    void envelopeLeftOpen();

    /** The ST of a transaction, before anything of it is filed. */
    void transactionHeader(RawSegment st);

    /**
     * The transaction has started: the fast checks begin, or StAEDI gets the transaction schema.
     *
     * @throws IllegalStateException when StAEDI cannot start a transaction here
     */
    void transactionStarted(EDIStreamReader reader);

    /**
     * A segment of the transaction body; returns the loop it is in: StAEDI's, or the one the fast
     * structure check names.
     */
    String bodySegment(RawSegment raw, String staediLoop);

    /** The SE of the transaction. */
    void transactionTrailer(RawSegment se);
}

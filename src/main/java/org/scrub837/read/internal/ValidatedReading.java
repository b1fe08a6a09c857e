package org.scrub837.read.internal;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Reading with StAEDI's validation: each transaction is read against the 837 schema, and what
 * StAEDI reports becomes syntax issues of the claims (the session files them); nothing to check here.
 */
final class ValidatedReading implements PassMode {

    private final Schema schema;

    ValidatedReading(Schema schema) {
        this.schema = schema;
    }

    @Override
    public void segmentError(EDIStreamValidationError error) {
    }

    @Override
    public void elementError(EDIStreamValidationError error) {
    }

    @Override
    public void envelopeLeftOpen() {
    }

    @Override
    public void transactionHeader(RawSegment st) {
    }

    @Override
    public void transactionStarted(EDIStreamReader reader) {
        reader.setTransactionSchema(schema);
    }

    @Override
    public String bodySegment(RawSegment raw, String staediLoop) {
        return staediLoop;
    }

    @Override
    public void transactionTrailer(RawSegment se) {
    }
}

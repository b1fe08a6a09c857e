package org.scrub837.read.internal;

import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Reading fast: StAEDI checks the envelopes only, and the reader's own checks of each transaction
 * body ({@link FastStructureCheck}, {@link FastElementCheck}) stand in for its validation. At the
 * first segment they cannot vouch for, the pass stops ({@link Doubts}) before anything of that
 * segment reaches the handler.
 */
final class FastReading implements PassMode {

    /** Stops the pass at a doubt: the session throws its FastPassDoubt, naming where. */
    @FunctionalInterface
    interface Doubts {
        void doubt(String what);
    }

    private final SchemaModel model;
    private final Doubts doubts;
    private FastStructureCheck structure;

    FastReading(SchemaModel model, Doubts doubts) {
        this.model = model;
        this.doubts = doubts;
    }

    @Override
    public void segmentError(EDIStreamValidationError error) {
        doubts.doubt("StAEDI envelope segment error " + error);
    }

    @Override
    public void elementError(EDIStreamValidationError error) {
        if (!IssueCodes.isControlError(error)) {
            doubts.doubt("StAEDI envelope element error " + error);
        }
    }

    @Override
    public void envelopeLeftOpen() {
        doubts.doubt("envelope left open"); // the validating pass reports how
    }

    @Override
    public void transactionHeader(RawSegment st) {
        if (!FastElementCheck.clean(model.segment("ST"), st)) {
            doubts.doubt("elements");
        }
    }

    @Override
    public void transactionStarted(EDIStreamReader reader) {
        structure = new FastStructureCheck(model);
    }

    @Override
    public String bodySegment(RawSegment raw, String staediLoop) {
        String tag = raw.tag();
        if (!structure.segment(tag)) {
            doubts.doubt("placement");
        }
        if (!FastElementCheck.clean(model.segment(tag), raw)) {
            doubts.doubt("elements");
        }
        if ("HL".equals(tag) && !structure.level(raw.element(1), raw.element(2))) {
            doubts.doubt("hierarchy");
        }
        return structure.loop();
    }

    @Override
    public void transactionTrailer(RawSegment se) {
        if (!structure.end()) {
            doubts.doubt("transaction incomplete");
        }
        if (!FastElementCheck.clean(model.segment("SE"), se)) {
            doubts.doubt("elements");
        }
    }
}

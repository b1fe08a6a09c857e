package org.scrub837.write;

import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;

/** Keeps the control numbers of the input: ISA13, GS06 and ST02 as sent. */
public final class OriginalControlNumbers implements ControlNumbers {

    public static final OriginalControlNumbers INSTANCE = new OriginalControlNumbers();

    private OriginalControlNumbers() {
    }

    @Override
    public String interchange(Interchange source) {
        return source.controlNumber();
    }

    @Override
    public String group(FunctionalGroup source) {
        return source.controlNumber();
    }

    @Override
    public String transaction(Transaction source) {
        return source.controlNumber();
    }
}

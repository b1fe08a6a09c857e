package org.scrub837.scrub;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps claim content out of the logs that StAEDI writes through java.util.logging. At FINE its
 * Lexer logs every input character with its state ({@code HEADER_DATA + (X12, 'D', ...)}), so an
 * operator who turns {@code io.xlate} up to DEBUG would get whole claim files, PHI included, in
 * the log one character per line. The stream classes' loggers are therefore held at INFO and
 * given a filter that drops any record below INFO, whatever levels the logging configuration
 * sets later (SLF4J's LevelChangePropagator sets levels, never filters). Schema loading logs
 * stay as they are: they describe the schema, not the input.
 */
public final class StaediLogGuard {

    /** Every StAEDI 1.26 class that reads or writes EDI data and owns a logger (named after the class). */
    static final List<String> STREAM_LOGGERS = List.of(
            "io.xlate.edi.internal.stream.tokenization.Lexer",
            "io.xlate.edi.internal.stream.StaEDIStreamReader",
            "io.xlate.edi.internal.stream.StaEDIStreamWriter",
            "io.xlate.edi.internal.stream.StaEDIXMLStreamReader",
            "io.xlate.edi.internal.stream.json.StaEDIJsonParser",
            "io.xlate.edi.internal.stream.validation.Validator",
            "io.xlate.edi.internal.stream.validation.ControlUsageNode");

    /** java.util.logging keeps loggers weakly: a collected logger would come back without its filter. */
    private static final List<Logger> HELD = new ArrayList<>();

    private StaediLogGuard() {
    }

    /** Idempotent; called whenever an engine is loaded, before the first file is read. */
    public static synchronized void install() {
        if (!HELD.isEmpty()) {
            return;
        }
        for (String name : STREAM_LOGGERS) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.INFO);
            logger.setFilter(r -> r.getLevel().intValue() >= Level.INFO.intValue());
            HELD.add(logger);
        }
    }
}

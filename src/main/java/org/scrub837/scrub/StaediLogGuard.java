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
 * sets later (SLF4J's LevelChangePropagator sets levels, never filters). The schema reader's INFO
 * notes ("Unused ELEMENT 'I10'") describe StAEDI's own schemas, not the input, but they name element
 * ids that look like claim data (I10 is also a diagnosis code) and clutter a command's console, so
 * they are held at WARNING the same way.
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

    /** StAEDI's schema reader: only its warnings and errors pass. */
    static final String SCHEMA_READER_LOGGER = "io.xlate.edi.internal.schema.SchemaReaderBase";

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
        Logger schemaReader = Logger.getLogger(SCHEMA_READER_LOGGER);
        schemaReader.setLevel(Level.WARNING);
        schemaReader.setFilter(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        HELD.add(schemaReader);
    }
}

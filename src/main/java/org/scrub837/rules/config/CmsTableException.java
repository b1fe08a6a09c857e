package org.scrub837.rules.config;

/**
 * A CMS MUE or NCCI PTP file that does not read as the layout CMS publishes: names the file, the
 * line (the first physical line of the record at fault, from 1; a quoted cell may span lines) and
 * what was expected there.
 */
public final class CmsTableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;

    CmsTableException(String source, long line, String expected) {
        super(source + ": " + (line > 0 ? "line " + line + ": " : "") + expected);
        this.source = source;
        this.line = line;
    }

    /** The file (or stream name) read. */
    public String source() {
        return source;
    }

    /** The line where the record at fault starts, from 1; 0 when the whole file is at fault (no header). */
    public long line() {
        return line;
    }
}

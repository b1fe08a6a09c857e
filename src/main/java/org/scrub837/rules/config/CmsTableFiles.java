package org.scrub837.rules.config;

import java.io.BufferedReader;
import java.io.IOException;

import org.scrub837.rules.MueTable;
import org.scrub837.rules.PtpTable;

/**
 * The public entry to the CMS MUE and NCCI PTP file readers, for the installed reference editions
 * (org.scrub837.refdata): the one place outside this package that reads those layouts, so a new
 * reader replaces the old one here alone.
 */
public final class CmsTableFiles {

    private CmsTableFiles() {
    }

    /**
     * Reads an MUE table as CMS publishes it.
     *
     * @param name    the table's name in the catalogue (e.g. practitioner)
     * @param source  the file (or ZIP entry) it is read from, for messages
     * @throws IllegalArgumentException naming the line when the layout is not CMS's
     */
    public static MueTable readMue(String name, String source, BufferedReader in) throws IOException {
        return MueTableReader.read(name, source, in);
    }

    /**
     * Reads one NCCI PTP file (an edition may come in several parts) into the builder.
     *
     * @throws IllegalArgumentException naming the line when the layout is not CMS's
     */
    public static void readPtp(String source, BufferedReader in, PtpTable.Builder into) throws IOException {
        PtpTableReader.read(source, in, into);
    }
}

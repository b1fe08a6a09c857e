package org.scrub837.rules.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.scrub837.rules.MueTable;
import org.scrub837.rules.PtpTable;

/**
 * The public entry point for reading CMS NCCI files as CMS publishes them into the tables the rules
 * use (for the rule configuration and for tools that install CMS editions). Medicare and Medicaid
 * editions share the layouts. A file that does not read as the CMS layout throws
 * {@link CmsTableException} (an {@link IllegalArgumentException}) naming the file, the record and
 * what was expected there; I/O failures throw {@link IOException}. Nothing is cached or shipped.
 */
public final class CmsTables {

    private CmsTables() {
    }

    /** A CMS MUE file (CSV or tab-separated, notice and all) as a table named {@code name}. */
    public static MueTable readMue(String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readMue(name, file.toString(), in);
        }
    }

    /** As {@link #readMue(String, Path)}, from a stream; {@code source} names it in messages. */
    public static MueTable readMue(String name, String source, InputStream in) throws IOException {
        return MueTableReader.read(name, source, in);
    }

    /** A CMS NCCI PTP edition, from the files CMS splits it into (one or more), as a table named {@code name}. */
    public static PtpTable readPtp(String name, List<Path> files) throws IOException {
        PtpTable.Builder builder = new PtpTable.Builder(name, String.join(", ", files.stream().map(Path::toString)
                .toList()));
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                readPtp(file.toString(), in, builder);
            }
        }
        return builder.build();
    }

    /** One PTP file from a stream into a builder (several parts make one edition). */
    public static void readPtp(String source, InputStream in, PtpTable.Builder into) throws IOException {
        PtpTableReader.read(source, in, into);
    }
}

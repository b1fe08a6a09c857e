package org.scrub837.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Inputs for watch-folder tests: the edi-samples files, copies of them made distinct (a different
 * ISA13/IEA02, so that each copy has its own SHA-256 and is not skipped as a duplicate), broken
 * inputs, and a drop into the inbox the way a careful sender does it.
 */
public final class InboxInputs {

    private InboxInputs() {
    }

    /** Every edi-samples/**&#47;*.edi file, in a stable order. */
    public static List<Path> ediSamples() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("edi-samples"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".edi")).sorted().toList();
        }
    }

    /** {@code 837P/q4293-clean.edi} gives {@code 837P-q4293-clean}. */
    public static String label(Path sample) {
        Path rel = Path.of("edi-samples").relativize(sample);
        String s = rel.toString().replace('/', '-').replace('\\', '-');
        return s.endsWith(".edi") ? s.substring(0, s.length() - 4) : s;
    }

    /**
     * The sample with its interchange control number (ISA13 and IEA02) replaced by
     * {@code number}: the same claims, a different SHA-256.
     */
    public static byte[] distinctCopy(Path sample, int number) throws IOException {
        String text = Files.readString(sample, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("ISA") || text.length() < 106) {
            throw new IllegalArgumentException(sample + " does not start with a full ISA");
        }
        char sep = text.charAt(3);
        char terminator = text.charAt(105);
        String[] isa = text.substring(0, 105).split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        String oldNumber = isa[13];
        String newNumber = String.format("%09d", number);
        isa[13] = newNumber;
        StringBuilder out = new StringBuilder(String.join(String.valueOf(sep), isa));
        String rest = text.substring(105);
        String oldTrailer = sep + oldNumber + terminator;
        int iea = rest.lastIndexOf("IEA" + sep);
        if (iea < 0) {
            throw new IllegalArgumentException(sample + " has no IEA");
        }
        int at = rest.indexOf(oldTrailer, iea);
        if (at < 0) {
            throw new IllegalArgumentException(sample + ": IEA02 does not repeat ISA13");
        }
        rest = rest.substring(0, at) + sep + newNumber + terminator + rest.substring(at + oldTrailer.length());
        return out.append(rest).toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The first {@code percent} per cent of a distinct copy: an 837 cut off mid-way. */
    public static byte[] truncatedCopy(Path sample, int number, int percent) throws IOException {
        byte[] whole = distinctCopy(sample, number);
        return Arrays.copyOf(whole, Math.max(1, whole.length * percent / 100));
    }

    /** Something that is not an 837 at all, distinct per number. */
    public static byte[] notAnEdiFile(int number) {
        return ("%PDF-1.7 scanned claim form " + number + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes under a hidden temporary name and renames into the inbox, as a careful sender does. */
    public static void drop(Path inbox, String name, byte[] content) throws IOException {
        Path tmp = inbox.resolve("." + name + ".part");
        Files.write(tmp, content);
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Appends settings to a test configuration; a key given again overrides the earlier value. */
    public static void override(Path config, String... lines) throws IOException {
        Files.writeString(config.resolve("application.properties"), String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }
}

package org.scrub837.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/** Reading written X12 back in tests: StAEDI validation and a plain segment split. */
final class X12Files {

    private X12Files() {
    }

    /**
     * Reads the file with StAEDI validating the control structures (envelopes, trailer counts and
     * control numbers) and returns every error reported, as "event:type@segment" strings.
     */
    static List<String> controlStructureErrors(Path file) throws IOException {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        List<String> errors = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event.isError()) {
                    errors.add(event + ":" + reader.getErrorType() + "@" + reader.getLocation().getSegmentTag());
                }
            }
        } catch (EDIStreamException e) {
            errors.add("exception:" + e.getMessage());
        }
        return errors;
    }

    /** The file's segments split into elements (index 0 = tag), for files using {@code * ~} and line breaks. */
    static List<String[]> segments(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String s : text.split("~")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t.split("\\*", -1));
            }
        }
        return out;
    }

    /** CLM01 of every claim in the file, in order. */
    static List<String> claimIds(Path file) throws IOException {
        return segments(file).stream().filter(s -> s[0].equals("CLM")).map(s -> s[1]).toList();
    }

    /** Names of files in a folder (including hidden temporaries). */
    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

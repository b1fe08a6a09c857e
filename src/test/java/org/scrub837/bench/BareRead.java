package org.scrub837.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * The floor the scrub is measured against: StAEDI reading the file with no transaction schema,
 * counting segments and CLM segments and nothing else.
 */
final class BareRead {

    record Counts(long segments, long claims) {
    }

    private static final EDIInputFactory FACTORY = EDIInputFactory.newFactory();

    private BareRead() {
    }

    static Counts read(Path file) throws IOException, EDIStreamException {
        long segments = 0;
        long claims = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                EDIStreamReader reader = FACTORY.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                if (reader.next() == EDIStreamEvent.START_SEGMENT) {
                    segments++;
                    if ("CLM".equals(reader.getText())) {
                        claims++;
                    }
                }
            }
        }
        return new Counts(segments, claims);
    }
}

package org.scrub837.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.scrub.parallel.FileLayout.TransactionPart;
import org.scrub837.scrub.parallel.FileLayout;
import org.scrub837.scrub.parallel.TransactionSplitter;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * The splitter against real files written by other projects (../shared/corpus) and the project's
 * own samples (edi-samples): it finds the transactions StAEDI finds, each from ST to SE. Files
 * StAEDI cannot read, and folders that are absent, are skipped.
 */
class TransactionSplitterSampleFilesTest {

    static Stream<Path> sampleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("../shared/corpus"), Path.of("edi-samples"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().endsWith(".md"))
                            .filter(p -> !p.getFileName().toString().endsWith(".tsv"))
                            .sorted().forEach(files::add);
                }
            }
        }
        Assumptions.assumeFalse(files.isEmpty(), "no sample files on this machine");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void findsTheTransactionsStaediFinds(Path file) throws Exception {
        List<Integer> staediCounts = staediSegmentCounts(file);
        Assumptions.assumeTrue(staediCounts != null, "StAEDI cannot read " + file);
        byte[] bytes = Files.readAllBytes(file);

        FileLayout layout = TransactionSplitter.split(file);

        List<Integer> counts = new ArrayList<>();
        for (TransactionPart part : layout.transactions()) {
            char terminator = layout.interchangeOf(part).terminator();
            char element = layout.interchangeOf(part).element();
            String text = new String(bytes, (int) part.range().start(), (int) part.range().length(),
                    StandardCharsets.ISO_8859_1);
            assertTrue(text.startsWith("ST" + element), file + ": range starts with ST");
            int lastSegment = text.lastIndexOf(terminator, text.length() - 2) + 1;
            assertTrue(text.substring(lastSegment).strip().startsWith("SE" + element), file + ": range ends with SE");
            counts.add(part.segmentCount());
        }
        assertEquals(staediCounts, counts, file.toString());
    }

    /** Segments per transaction (ST..SE) as StAEDI reads them, or null when it cannot. */
    private static List<Integer> staediSegmentCounts(Path file) throws IOException {
        List<Integer> counts = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (InputStream in = Files.newInputStream(file); EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            int segments = -1;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.START_TRANSACTION) {
                    segments = 0;
                } else if (event == EDIStreamEvent.START_SEGMENT && segments >= 0) {
                    segments++;
                } else if (event == EDIStreamEvent.END_TRANSACTION) {
                    counts.add(segments);
                    segments = -1;
                }
            }
        } catch (EDIStreamException | RuntimeException e) {
            return null;
        }
        return counts;
    }
}

package org.scrub837.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The EDI files tests read: the project's own edi-samples and the shared real-world corpus, and an
 * independent way to split a file into segments (by the terminator the ISA declares) to check the
 * reader against.
 */
final class EdiTestFiles {

    static final Path SAMPLES = Path.of("edi-samples");
    static final Path CORPUS = Path.of("../shared/corpus");
    /** The corpus negative that cannot be read at all (see CorpusNegativesTest). */
    static final Set<String> UNREADABLE = Set.of("x12_bad_segment_identifier.txt");

    private EdiTestFiles() {
    }

    static List<Path> samples() {
        return ediFiles(SAMPLES);
    }

    static List<Path> corpus() {
        return ediFiles(CORPUS);
    }

    /**
     * Every readable sample and corpus file; when the corpus is absent its place is taken by the
     * corpus folder itself, which tests skip with an assumption.
     */
    static Stream<Path> readableFiles() {
        List<Path> corpus = corpus().stream().filter(p -> !UNREADABLE.contains(p.getFileName().toString())).toList();
        return Stream.concat(samples().stream(), corpus.isEmpty() ? Stream.of(CORPUS) : corpus.stream());
    }

    static Path sample(String relative) {
        return SAMPLES.resolve(relative);
    }

    static String sampleText(String relative) {
        try {
            return Files.readString(sample(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> ediFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().endsWith(".tsv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CollectingHandler read(byte[] bytes, String name) throws InvalidEdiException, IOException {
        CollectingHandler handler = new CollectingHandler();
        ClaimReaders.create().read(new ByteArrayInputStream(bytes), name, handler);
        return handler;
    }

    static CollectingHandler read(String text, String name) throws InvalidEdiException, IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), name);
    }

    static CollectingHandler read(Path file) throws InvalidEdiException, IOException {
        return read(Files.readAllBytes(file), file.getFileName().toString());
    }

    /** The file's segments without terminator and surrounding whitespace, split on the ISA's terminator. */
    static List<String> segments(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.stripLeading();
        // ISA is fixed length: the element separator is character 4, the terminator character 106
        char terminator = text.charAt(105);
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == terminator) {
                segments.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (!text.substring(start).isBlank()) {
            segments.add(text.substring(start).strip());
        }
        return segments;
    }

    static long countTag(List<String> segments, String tag) {
        char separator = segments.get(0).charAt(3);
        return segments.stream().filter(s -> s.startsWith(tag + separator)).count();
    }
}

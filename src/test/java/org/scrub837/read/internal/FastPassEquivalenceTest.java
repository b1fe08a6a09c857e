package org.scrub837.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.read.ReaderLimits;

/**
 * The fast pass (with its fall-back to the validating pass) must hand out exactly what the
 * validating pass alone hands out: the same envelopes, claims, syntax issues and loop placement,
 * or the same failure. Checked on every sample, every corpus file, and seeded mutants of both:
 * structural mutants (segments repeated, deleted, moved) and element mutants (values replaced by
 * wrong types, lengths, characters, extra components and repetitions). Mutants per file and kind:
 * system property scrub.fastpass.mutants (default 80). A failure names the file, seed and mutant.
 */
class FastPassEquivalenceTest {

    /** 80 by default keeps the suite quick; before a release, run with 500 or more. */
    private static final int MUTANTS = Integer.getInteger("scrub.fastpass.mutants", 80);
    private static final Path SAMPLES = Path.of("edi-samples");
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final StaediClaimReader READER = new StaediClaimReader(ReaderLimits.defaults());
    /** The same reader parsing every input of known size on a second thread (ParseAhead). */
    private static final StaediClaimReader PARSE_AHEAD = new StaediClaimReader(ReaderLimits.defaults(), 0);

    static Stream<Path> samples() throws IOException {
        return ediFiles(SAMPLES).stream();
    }

    static Stream<Path> corpus() throws IOException {
        return Files.isDirectory(CORPUS) ? ediFiles(CORPUS).stream() : Stream.empty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"samples", "corpus"})
    void fileReadsAlikeInBothWays(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> validating = validating(bytes);
        assertEquals(validating, fast(READER, bytes), file.toString());
        assertEquals(validating, fast(PARSE_AHEAD, bytes), file + " with ParseAhead");
    }

    /** A file the validator finds nothing wrong with is read once, by the fast pass alone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"samples", "corpus"})
    void fileWithoutSyntaxIssuesNeedsOnePass(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> events = validating(bytes);
        boolean clean = events.stream().noneMatch(e -> e.startsWith("failed") || e.contains("SyntaxIssue["));
        Assumptions.assumeTrue(clean, "the validating pass reports syntax issues or a failure");
        int passes;
        try {
            passes = READER.readCountingPasses(() -> new ByteArrayInputStream(bytes), "f.edi", new Recorder());
        } catch (InvalidEdiException e) {
            throw new AssertionError(e);
        }
        assertEquals(1, passes, file + " needed the validating pass");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"samples", "corpus"})
    void structuralMutantsReadAlike(Path file) throws IOException {
        mutantsReadAlike(file, "structure:", Mutants::structural);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"samples", "corpus"})
    void elementMutantsReadAlike(Path file) throws IOException {
        mutantsReadAlike(file, "element:", Mutants::element);
    }

    private static void mutantsReadAlike(Path file, String kind,
            java.util.function.BiFunction<byte[], Random, byte[]> mutation) throws IOException {
        byte[] original = Files.readAllBytes(file);
        Assumptions.assumeTrue(original.length < 200_000, "large file: mutants of the samples suffice");
        long seed = (kind + file.toString().replace('\\', '/')).hashCode();
        Random random = new Random(seed);
        int fastOnly = 0;
        for (int m = 0; m < MUTANTS; m++) {
            fastOnly += compare(file, seed, m, mutation.apply(original, random));
        }
        assertFastPassExercised(original, fastOnly);
    }

    /**
     * Equal results prove little if every mutant went to the validating pass: when the original is
     * read by the fast pass alone, some of its mutants must be too (about a fifth are).
     */
    private static void assertFastPassExercised(byte[] original, int fastOnly) throws IOException {
        int passes;
        try {
            passes = READER.readCountingPasses(() -> new ByteArrayInputStream(original), "f.edi", new Recorder());
        } catch (InvalidEdiException e) {
            return;
        }
        if (passes == 1 && MUTANTS >= 50) {
            org.junit.jupiter.api.Assertions.assertTrue(fastOnly > 0, "no mutant was read by the fast pass alone");
        }
    }

    /** @return 1 when the fast pass alone read the mutant, else 0 */
    private static int compare(Path file, long seed, int m, byte[] mutant) throws IOException {
        List<String> expected = validating(mutant);
        Recorder recorder = new Recorder();
        int passes = 2;
        try {
            passes = READER.readCountingPasses(() -> new ByteArrayInputStream(mutant), "f.edi", recorder);
        } catch (InvalidEdiException e) {
            recorder.events.add("failed " + e.getMessage() + " @" + e.fileSegmentPosition());
        }
        List<String> actual = recorder.events;
        List<String> parsedAhead = fast(PARSE_AHEAD, mutant);
        if (!expected.equals(parsedAhead)) {
            fail("mutant " + m + " of " + file + " (seed " + seed + ") reads differently with ParseAhead:\n"
                    + firstDifference(expected, parsedAhead) + "\nmutant:\n"
                    + new String(mutant, StandardCharsets.ISO_8859_1));
        }
        if (!expected.equals(actual)) {
            fail("mutant " + m + " of " + file + " (seed " + seed + ") reads differently:\n" + firstDifference(expected,
                    actual) + "\nmutant:\n" + new String(mutant, StandardCharsets.ISO_8859_1));
        }
        return passes == 1 ? 1 : 0;
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            if (!e.equals(a)) {
                return "event " + i + "\n validating: " + e + "\n fast:       " + a;
            }
        }
        return "";
    }

    static List<String> validating(byte[] bytes) throws IOException {
        Recorder recorder = new Recorder();
        try {
            READER.read(new ByteArrayInputStream(bytes), "f.edi", recorder);
        } catch (InvalidEdiException e) {
            recorder.events.add("failed " + e.getMessage() + " @" + e.fileSegmentPosition());
        }
        return recorder.events;
    }

    static List<String> fast(StaediClaimReader reader, byte[] bytes) throws IOException {
        Recorder recorder = new Recorder();
        try {
            reader.read(sourceOf(bytes), "f.edi", recorder);
        } catch (InvalidEdiException e) {
            recorder.events.add("failed " + e.getMessage() + " @" + e.fileSegmentPosition());
        }
        return recorder.events;
    }

    /** Bytes as a source of known size (ParseAhead needs a size). */
    static org.scrub837.read.EdiSource sourceOf(byte[] bytes) {
        return new org.scrub837.read.EdiSource() {
            @Override
            public java.io.InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public long size() {
                return bytes.length;
            }
        };
    }

    static List<Path> ediFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches("(?i).*\\.(md|tsv|json|txt\\.reason)$"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** Every event as text: records print all their components, so equal text is equal content. */
    static final class Recorder implements ClaimHandler {
        final List<String> events = new ArrayList<>();

        @Override
        public void startInterchange(Interchange interchange) {
            events.add("ISA " + interchange);
        }

        @Override
        public void startGroup(FunctionalGroup group) {
            events.add("GS " + group);
        }

        @Override
        public void startTransaction(Transaction transaction) {
            events.add("ST " + transaction);
        }

        @Override
        public void claim(Claim claim) {
            events.add("CLM " + claim);
        }

        @Override
        public void endTransaction(Transaction transaction, EnvelopeEnd end) {
            events.add("SE " + end);
        }

        @Override
        public void endGroup(FunctionalGroup group, EnvelopeEnd end) {
            events.add("GE " + end);
        }

        @Override
        public void endInterchange(Interchange interchange, EnvelopeEnd end) {
            events.add("IEA " + end);
        }
    }

    /** Seeded mutations of an X12 file whose delimiters are read from its ISA. */
    static final class Mutants {
        private static final String[] VALUES = {"", " ", "   ", "0", "7", "-5", "1.", ".5", "12.50", "1E5", "1.2.3",
            "0000000000000000000001", "20250230", "20251301", "20240229", "20230229", "19991231", "2460", "235959",
            "2359599", "1200", "abc", "Ab", "X", "XX", "XXX", "D8", "RD8", "HC", "Q4293", "UN", "MJ", "ZZ",
            "\u00e9", "A\tB", "123456789012345678901234567890123456789012345678901234567890123456789012345678901",
            "20251001-20251002", "472", "85", "PR", "1", "2", "22", "23", "9999999999", "99999999999"};

        static byte[] structural(byte[] original, Random random) {
            Layout layout = Layout.of(original);
            if (layout == null) {
                return original;
            }
            List<String> segments = new ArrayList<>(layout.segments);
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count && segments.size() > 4; i++) {
                int at = 1 + random.nextInt(segments.size() - 2);
                switch (random.nextInt(4)) {
                    case 0 -> segments.add(at, segments.get(at));
                    case 1 -> segments.remove(at);
                    case 2 -> {
                        String moved = segments.remove(at);
                        segments.add(1 + random.nextInt(segments.size() - 1), moved);
                    }
                    default -> {
                        // a run of segments repeated: loops occurring once more
                        int length = Math.min(1 + random.nextInt(8), segments.size() - at - 1);
                        segments.addAll(at, new ArrayList<>(segments.subList(at, at + Math.max(length, 0))));
                    }
                }
            }
            return layout.join(segments);
        }

        static byte[] element(byte[] original, Random random) {
            Layout layout = Layout.of(original);
            if (layout == null) {
                return original;
            }
            List<String> segments = new ArrayList<>(layout.segments);
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                int at = 1 + random.nextInt(segments.size() - 1);
                segments.set(at, mutateSegment(segments.get(at), layout, random));
            }
            return layout.join(segments);
        }

        private static String mutateSegment(String segment, Layout layout, Random random) {
            String e = String.valueOf(layout.element);
            List<String> elements = new ArrayList<>(List.of(segment.split(java.util.regex.Pattern.quote(e), -1)));
            if (elements.size() < 2) {
                return segment;
            }
            int position = 1 + random.nextInt(elements.size() - 1);
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> elements.set(position, VALUES[random.nextInt(VALUES.length)]);
                case 3 -> elements.set(position, elements.get(position) + layout.component
                        + VALUES[random.nextInt(VALUES.length)]);
                case 4 -> elements.add(VALUES[random.nextInt(VALUES.length)]);
                default -> {
                    if (layout.repetition != 0) {
                        elements.set(position, elements.get(position) + layout.repetition + elements.get(position));
                    } else {
                        elements.remove(elements.size() - 1);
                    }
                }
            }
            return String.join(e, elements);
        }
    }

    /** A file cut into segments (terminator and line break removed) with its delimiters. */
    static final class Layout {
        final List<String> segments;
        final char element;
        final char component;
        final char repetition;
        final char terminator;
        final String suffix;
        final byte[] head;

        private Layout(List<String> segments, char element, char component, char repetition, char terminator,
                String suffix, byte[] head) {
            this.segments = segments;
            this.element = element;
            this.component = component;
            this.repetition = repetition;
            this.terminator = terminator;
            this.suffix = suffix;
            this.head = head;
        }

        static Layout of(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int isa = text.indexOf("ISA");
            if (isa < 0 || text.length() < isa + 106) {
                return null;
            }
            char element = text.charAt(isa + 3);
            char component = text.charAt(isa + 104);
            char terminator = text.charAt(isa + 105);
            char repetition = text.charAt(isa + 82);
            if (Character.isLetterOrDigit(repetition) || repetition == ' ') {
                repetition = 0;
            }
            String suffix = "";
            int after = isa + 106;
            while (after < text.length() && (text.charAt(after) == '\r' || text.charAt(after) == '\n')) {
                suffix += text.charAt(after);
                after++;
            }
            List<String> segments = new ArrayList<>();
            int start = isa;
            for (int i = isa; i < text.length(); i++) {
                if (text.charAt(i) == terminator) {
                    segments.add(text.substring(start, i).strip());
                    start = i + 1;
                }
            }
            segments.removeIf(String::isEmpty);
            return new Layout(segments, element, component, repetition, terminator, suffix,
                    text.substring(0, isa).getBytes(StandardCharsets.ISO_8859_1));
        }

        byte[] join(List<String> segs) {
            StringBuilder sb = new StringBuilder(new String(head, StandardCharsets.ISO_8859_1));
            for (String s : segs) {
                sb.append(s).append(terminator).append(suffix);
            }
            return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}

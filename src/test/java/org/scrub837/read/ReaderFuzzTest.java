package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded, repeatable fuzzing at reader level: every sample, mutated by byte flips, cut points,
 * repeated and deleted segments, swapped delimiters and inserted garbage, either reads (possibly
 * with syntax issues) or fails with InvalidEdiException, whose message never quotes claim data.
 * Mutants per sample: system property scrub.fuzz.mutants (default 200). A failure names the sample,
 * the seed and the mutant, so that it can be replayed.
 */
class ReaderFuzzTest {

    private static final int MUTANTS = Integer.getInteger("scrub.fuzz.mutants", 200);
    /** Values of the samples that are claim data (names, member id, diagnosis): never in a message. */
    private static final List<String> CLAIM_DATA = List.of("JANE", "1EG4TE5MK72", "L97412", "ELM STREET");
    private static final byte[] INTERESTING = "*:^~\r\n ISAGSTSEIEAHLCLMLXSV1SV20123456789".getBytes(
            StandardCharsets.US_ASCII);

    static Stream<Path> samples() {
        return EdiTestFiles.samples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void mutantsReadOrFailCleanly(Path sample) throws Exception {
        byte[] original = Files.readAllBytes(sample);
        long seed = sample.toString().replace('\\', '/').hashCode();
        Random random = new Random(seed);
        for (int m = 0; m < MUTANTS; m++) {
            byte[] mutant = mutate(original, random);
            try {
                EdiTestFiles.read(mutant, "mutant.edi");
            } catch (InvalidEdiException e) {
                for (String value : CLAIM_DATA) {
                    assertFalse(e.getMessage().contains(value), "claim data in message of mutant " + m + " (seed "
                            + seed + "): " + e.getMessage());
                }
            } catch (Exception | Error e) {
                fail("mutant " + m + " of " + sample + " (seed " + seed + ") threw " + e, e);
            }
        }
    }

    /** One to three mutations of a random kind. */
    static byte[] mutate(byte[] input, Random random) {
        byte[] bytes = input;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(7)) {
                case 0 -> bytes = flip(bytes, random);
                case 1 -> bytes = cut(bytes, random);
                case 2 -> bytes = repeatSegment(bytes, random);
                case 3 -> bytes = deleteSegment(bytes, random);
                case 4 -> bytes = swapDelimiters(bytes, random);
                case 5 -> bytes = insertGarbage(bytes, random);
                default -> bytes = flipInteresting(bytes, random);
            }
        }
        return bytes;
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        if (out.length > 0) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] flipInteresting(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        if (out.length > 0) {
            out[random.nextInt(out.length)] = INTERESTING[random.nextInt(INTERESTING.length)];
        }
        return out;
    }

    private static byte[] cut(byte[] bytes, Random random) {
        return java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
    }

    private static byte[] insertGarbage(byte[] bytes, Random random) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] garbage = new byte[1 + random.nextInt(16)];
        random.nextBytes(garbage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(garbage);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] repeatSegment(byte[] bytes, Random random) {
        List<byte[]> segments = split(bytes);
        if (segments.isEmpty()) {
            return bytes;
        }
        int i = random.nextInt(segments.size());
        segments.add(i, segments.get(i));
        return join(segments);
    }

    private static byte[] deleteSegment(byte[] bytes, Random random) {
        List<byte[]> segments = split(bytes);
        if (segments.isEmpty()) {
            return bytes;
        }
        segments.remove(random.nextInt(segments.size()));
        return join(segments);
    }

    /** Replaces every occurrence of one delimiter by another character: a delimiter or a letter. */
    private static byte[] swapDelimiters(byte[] bytes, Random random) {
        byte[] delimiters = "*:^~".getBytes(StandardCharsets.US_ASCII);
        byte from = delimiters[random.nextInt(delimiters.length)];
        byte to = INTERESTING[random.nextInt(INTERESTING.length)];
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] == from) {
                out[i] = to;
            } else if (out[i] == to) {
                out[i] = from;
            }
        }
        return out;
    }

    /** Segments with their terminator and line break, split after each '~'. */
    private static List<byte[]> split(byte[] bytes) {
        List<byte[]> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '~') {
                int end = i + 1;
                while (end < bytes.length && (bytes[end] == '\r' || bytes[end] == '\n')) {
                    end++;
                }
                segments.add(java.util.Arrays.copyOfRange(bytes, start, end));
                start = end;
                i = end - 1;
            }
        }
        if (start < bytes.length) {
            segments.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return segments;
    }

    private static byte[] join(List<byte[]> segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        segments.forEach(out::writeBytes);
        return out.toByteArray();
    }
}

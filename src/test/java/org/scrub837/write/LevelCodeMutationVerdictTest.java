package org.scrub837.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.cli.Scrub837;
import org.scrub837.testing.InboxInputs;
import org.scrub837.testing.ShippedJar;
import org.scrub837.testing.TestConfig;

import picocli.CommandLine;

/**
 * A readable 837 whose HL level codes were changed (the first HL not a billing provider, a
 * subscriber made a patient, ...) is read, its claims are rejected by the guide and written to the
 * rejected 837 like any other: never a failed file. Every such mutation of every sample (each HL
 * of each sample listed in edi-samples/expected.tsv, its HL03 changed to each other code of 20, 22
 * and 23) is put through replay (the shipped jar, every output format), the watch folder and the
 * HTTP API of one running service, and explain, with the same verdict.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(ShippedJar.TAG)
class LevelCodeMutationVerdictTest {

    private static final List<String> CODES = List.of("20", "22", "23");

    private Path root;
    private Path mutants;
    private List<Path> files;

    @BeforeAll
    void mutate(@TempDir Path tempRoot) throws IOException {
        root = tempRoot;
        mutants = Files.createDirectories(root.resolve("mutants"));
        Set<String> listed = Files.readAllLines(Path.of("edi-samples/expected.tsv")).stream().skip(1)
                .map(l -> l.split("\t")[0]).collect(Collectors.toSet());
        files = new ArrayList<>();
        for (Path sample : InboxInputs.ediSamples()) {
            String rel = Path.of("edi-samples").relativize(sample).toString().replace('\\', '/');
            if (!listed.contains(rel)) {
                continue;
            }
            String text = Files.readString(sample, StandardCharsets.ISO_8859_1);
            String sep = Pattern.quote(String.valueOf(text.charAt(3)));
            String terminator = String.valueOf(text.charAt(105));
            String[] segments = text.split(Pattern.quote(terminator), -1);
            for (int i = 0; i < segments.length; i++) {
                String[] e = segments[i].strip().split(sep, -1);
                if (!e[0].equals("HL") || e.length < 4) {
                    continue;
                }
                for (String code : CODES) {
                    if (code.equals(e[3])) {
                        continue;
                    }
                    String[] changed = segments.clone();
                    changed[i] = segments[i].replaceFirst("(HL" + sep + "[^" + text.charAt(3) + "]*" + sep + "[^"
                            + text.charAt(3) + "]*" + sep + ")" + Pattern.quote(e[3]), "$1" + code);
                    Path out = mutants.resolve(InboxInputs.label(sample) + "-seg" + i + "-" + code + ".edi");
                    Files.writeString(out, String.join(terminator, changed), StandardCharsets.ISO_8859_1);
                    files.add(out);
                }
            }
        }
        assertTrue(files.size() > 100, "mutants made: " + files.size());
    }

    @Test
    void replayRejectsNeverFails() throws Exception {
        Path out = root.resolve("replay-out");
        List<String> args = new ArrayList<>(List.of("replay", "--config", "config", "--formats",
                "json,txt,html,999,277ca", "--out", out.toString()));
        files.forEach(f -> args.add(f.toString()));
        ProcessBuilder pb = new ProcessBuilder(ShippedJar.command(List.of("-Xmx512m"), args.toArray(String[]::new)));
        pb.redirectError(root.resolve("replay.err").toFile());
        pb.redirectOutput(root.resolve("replay.out").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "replay did not finish");
        List<String> lines = Files.readAllLines(root.resolve("replay.out"));
        String err = Files.readString(root.resolve("replay.err"));
        assertEquals(files.size(), lines.size(), err);
        for (String line : lines) {
            assertTrue(line.contains(": rejected (") || line.contains(": partial ("), line + "\n" + err);
        }
        assertEquals(1, p.exitValue(), "exit 1: claims rejected, no file failed\n" + err);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(files.size(), s.filter(f -> f.toString().endsWith(".rejected.837")).count(),
                    "each mutant has its rejected 837");
        }
    }

    @Test
    void explainRejectsNeverFails() {
        for (Path f : files) {
            CommandLine cl = Scrub837.commandLine();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(new StringWriter()));
            cl.setErr(new PrintWriter(err));
            assertEquals(1, cl.execute("explain", "--config", "config", f.toString()), f + ": " + err);
        }
    }

    @Test
    void serviceAndApiRejectNeverFail() throws Exception {
        Path serviceRoot = Files.createDirectories(root.resolve("service"));
        try (org.scrub837.api.ApiServiceProcessAccess service = org.scrub837.api.ApiServiceProcessAccess.start(
                serviceRoot, List.of("scrub.formats = json,txt,html,999,277ca", "scrub.consumers = 2"))) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            service.awaitListening(client);
            for (Path f : files) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(service.uri("format=rejected")))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/edi-x12")
                        .POST(HttpRequest.BodyPublishers.ofFile(f)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), f + ": " + r.body());
                assertTrue(r.body().startsWith("ISA"), f + ": " + r.body());
            }
            Path inbox = serviceRoot.resolve("inbox");
            for (Path f : files) {
                Path part = inbox.resolve("." + f.getFileName() + ".part");
                Files.copy(f, part);
                Files.move(part, inbox.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            while (count(serviceRoot.resolve("archive")) + count(serviceRoot.resolve("failed")) < files.size()
                    && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertEquals(List.of(), names(serviceRoot.resolve("failed")), "no mutant failed:\n" + service.log());
            assertEquals(files.size(), count(serviceRoot.resolve("archive")));
            for (Path f : files) {
                String base = f.getFileName().toString().replace(".edi", "");
                assertTrue(Files.exists(serviceRoot.resolve("reports").resolve(base + ".rejected.837")), base);
            }
            assertFalse(service.log().contains("\tat "), service.log());
        }
    }

    private static long count(Path dir) throws IOException {
        return names(dir).size();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}

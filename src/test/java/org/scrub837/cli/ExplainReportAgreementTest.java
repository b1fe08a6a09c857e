package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * explain says what the report says, for every sample, every hostile input and truncated copies of
 * a sample: the same exit status, each claim's verdict, every file finding (envelope warnings of
 * every level included), and for a failed file no claim verdict at all.
 */
class ExplainReportAgreementTest {

    private static final Pattern CLAIM_LINE = Pattern.compile("^Claim (\\S+)  .*: (ACCEPTED|REJECTED)$");

    @TempDir
    static Path tmp;

    static Stream<Path> inputs() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("edi-samples/837P", "edi-samples/837I", "src/test/resources/hostile",
                "src/test/resources/guide/x222a1", "src/test/resources/guide/x223a2")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".edi")).sorted().forEach(files::add);
            }
        }
        byte[] mixed = Files.readAllBytes(Path.of("edi-samples/837P/multi-claim-mixed.edi"));
        for (int cut : new int[] {700, 1000, 1200, 1400}) {
            Path truncated = Files.createDirectories(tmp.resolve("cut-" + cut)).resolve("multi-claim-mixed-" + cut + ".edi");
            Files.write(truncated, java.util.Arrays.copyOf(mixed, cut));
            files.add(truncated);
        }
        return files.stream();
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void explainAgreesWithTheJsonReport(Path input) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out-" + input.getFileName()));
        int replayStatus = run(new StringWriter(), "replay", "--out", out.toString(), "--formats", "json",
                input.toString());
        String base = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        JsonNode report = new ObjectMapper().readTree(out.resolve(base + ".report.json").toFile());

        StringWriter explained = new StringWriter();
        int explainStatus = run(explained, "explain", input.toString());
        String text = explained.toString();
        assertEquals(replayStatus, explainStatus, text);

        List<String> verdicts = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = CLAIM_LINE.matcher(line);
            if (m.matches()) {
                verdicts.add(m.group(1) + " " + m.group(2).toLowerCase());
            }
        }
        List<String> reported = new ArrayList<>();
        for (JsonNode claim : report.get("claims")) {
            reported.add(claim.get("claimId").asText() + " " + claim.get("status").asText());
        }
        assertEquals(reported, verdicts, text);

        for (JsonNode f : report.get("fileFindings")) {
            assertTrue(text.contains(f.get("message").asText()), "file finding " + f + " in:\n" + text);
            if (!"failed".equals(report.get("status").asText())) {
                // a rejecting file finding (a transaction without claims) is shown as one, not as a warning
                assertTrue(text.contains(f.get("severity").asText() + " " + f.get("rule").asText() + ": "),
                        "file finding " + f + " with its severity in:\n" + text);
            }
        }
        if ("failed".equals(report.get("status").asText())) {
            assertTrue(text.startsWith("FAILED "), text);
            assertFalse(text.contains("ACCEPTED") || text.contains("REJECTED"), text);
        }
    }
}

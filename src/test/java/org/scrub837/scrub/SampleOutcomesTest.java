package org.scrub837.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.read.ClaimHandler;
import org.scrub837.testing.TestConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every sample in edi-samples/ against edi-samples/expected.tsv: each listed claim ends with the
 * expected status and the expected rules fire; the clean and rejected 837s partition the claims.
 */
class SampleOutcomesTest {

    private static final Path SAMPLES = Path.of("edi-samples");
    private static ScrubEngine engine;

    @TempDir
    Path out;

    @TempDir
    static Path config;

    /**
     * The shipped configuration with the made-up MUE and PTP tables of src/test/resources/sample-tables (CMS
     * layouts, invented values: none is shipped in config/) plugged in, so that the MUE and NCCI PTP
     * samples can show their rules; no other sample uses their codes.
     */
    @BeforeAll
    static void loadEngine() throws IOException {
        TestConfig.copyTree(Path.of("config"), config);
        Path tables = Path.of("src/test/resources/sample-tables").toAbsolutePath();
        Path rules = config.resolve("rules.yaml");
        String yaml = Files.readString(rules);
        for (String[] r : new String[][] {
            {"  practitioner: null", "  practitioner: " + tables.resolve("mue-practitioner-sample.csv")},
            {"  outpatientHospital: null", "  outpatientHospital: " + tables.resolve("mue-outpatient-hospital-sample.csv")},
            {"  practitioner: []", "  practitioner: [" + tables.resolve("ptp-practitioner-sample.txt") + "]"},
            {"  outpatientHospital: []", "  outpatientHospital: [" + tables.resolve("ptp-outpatient-hospital-sample.txt")
                    + "]"}}) {
            if (!yaml.contains(r[0])) {
                throw new IllegalStateException("config/rules.yaml no longer has " + r[0]);
            }
            yaml = yaml.replace(r[0], r[1]);
        }
        Files.writeString(rules, yaml);
        engine = ScrubEngine.load(config);
    }

    /** file -> (claimId -> [status, rules]) */
    static Stream<Arguments> samples() throws IOException {
        Map<String, Map<String, String[]>> byFile = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(SAMPLES.resolve("expected.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            byFile.computeIfAbsent(cols[0], k -> new LinkedHashMap<>())
                    .put(cols[1], new String[] {cols[2], cols.length > 3 ? cols[3] : ""});
        }
        List<Arguments> args = new ArrayList<>();
        byFile.forEach((file, claims) -> args.add(Arguments.of(file, claims)));
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleEndsAsExpected(String file, Map<String, String[]> expected) throws IOException {
        Path input = SAMPLES.resolve(file);
        engine.scrubber().scrub(input, engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));
        String base = FileScrubber.baseName(input);
        JsonNode report = new ObjectMapper().readTree(out.resolve(base + ".report.json").toFile());

        Map<String, JsonNode> claims = new LinkedHashMap<>();
        for (JsonNode c : report.get("claims")) {
            claims.put(c.get("claimId").asText(), c);
        }
        assertEquals(expected.keySet(), claims.keySet(), "claims in the report");
        Set<String> accepted = new HashSet<>();
        Set<String> rejected = new HashSet<>();
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            JsonNode claim = claims.get(e.getKey());
            assertEquals(e.getValue()[0], claim.get("status").asText(), e.getKey() + " status, findings: "
                    + claim.get("findings"));
            Set<String> fired = new HashSet<>();
            claim.get("findings").forEach(f -> fired.add(f.get("rule").asText()));
            for (String rule : e.getValue()[1].split(",")) {
                if (rule.trim().startsWith("!")) {
                    // "!RULE": the rule must not fire (a false finding the sample guards against)
                    String absent = rule.trim().substring(1);
                    assertFalse(fired.contains(absent), e.getKey() + " should not fire " + absent + ", fired " + fired);
                } else if (!rule.isBlank()) {
                    assertTrue(fired.contains(rule.trim()), e.getKey() + " should fire " + rule + ", fired " + fired);
                }
            }
            ("accepted".equals(e.getValue()[0]) ? accepted : rejected).add(e.getKey());
        }
        assertEquals(accepted, claimIds(out.resolve(base + ScrubEngine.CLEAN_SUFFIX)), "clean 837");
        assertEquals(rejected, claimIds(out.resolve(base + ScrubEngine.REJECTED_SUFFIX)), "rejected 837");
    }

    private static Set<String> claimIds(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        try (InputStream in = Files.newInputStream(file)) {
            engine.reader().read(in, file.getFileName().toString(), new ClaimHandler() {
                @Override
                public void claim(Claim claim) {
                    assertFalse(ids.contains(claim.claimId()), "claim twice: " + claim.claimId());
                    assertTrue(claim.syntaxIssues().isEmpty(), "syntax issues in output: " + claim.syntaxIssues());
                    ids.add(claim.claimId());
                }
            });
        } catch (org.scrub837.read.InvalidEdiException e) {
            throw new AssertionError("output does not read back: " + e.getMessage(), e);
        }
        assertNotNull(ids);
        return ids;
    }
}

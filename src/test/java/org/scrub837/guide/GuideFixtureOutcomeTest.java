package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.scrub.FileScrubber;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One implementation-guide defect per file, for 837P (x222a1/) and 837I (x223a2/): the file's
 * expected.tsv names the claims it must reject (the other claim of the file, under another billing
 * provider, stays accepted), the only rule whose findings reject, a piece of the plain fix the
 * message must carry, and a piece of the 999 (IK3/IK4 with its code) that must report it. The
 * configuration is the shipped one with the operator's ICD-10-CM and HCPCS files
 * ({@link GuideOperatorConfig}), so the look-ups have fixtures too.
 */
class GuideFixtureOutcomeTest {

    private static final Path FIXTURES = Path.of("src/test/resources/guide");
    private static ScrubEngine engine;

    @TempDir
    Path out;

    @TempDir
    static Path configDir;

    @BeforeAll
    static void loadEngine() throws IOException {
        engine = ScrubEngine.load(GuideOperatorConfig.in(configDir));
    }

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> args = new ArrayList<>();
        for (String version : List.of("x222a1", "x223a2")) {
            for (String line : Files.readAllLines(FIXTURES.resolve(version).resolve("expected.tsv"),
                    StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                args.add(Arguments.of(version + "/" + c[0], c[1], c[2], c[3], c[4]));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void defectRejectsItsClaimWithPlainFixAnd999(String file, String rejectedClaims, String rule, String fix,
            String ack) throws IOException {
        Path input = FIXTURES.resolve(file);
        engine.scrubber().scrub(input, engine.outputs(out, out, EnumSet.of(ReportFormat.JSON, ReportFormat.ACK999)));
        String base = FileScrubber.baseName(input);
        JsonNode report = new ObjectMapper().readTree(out.resolve(base + ".report.json").toFile());

        Set<String> rejected = new TreeSet<>();
        Set<String> rejectingRules = new TreeSet<>();
        List<String> messages = new ArrayList<>();
        for (JsonNode claim : report.get("claims")) {
            if ("rejected".equals(claim.get("status").asText())) {
                rejected.add(claim.get("claimId").asText());
            }
            collect(claim.get("findings"), rejectingRules, messages);
        }
        collect(report.get("fileFindings"), rejectingRules, messages);

        Set<String> expectedClaims = new TreeSet<>(rejectedClaims.isEmpty() ? List.of() : List.of(rejectedClaims.split(",")));
        assertEquals(expectedClaims, rejected, "rejected claims");
        assertEquals(rule.isEmpty() ? Set.of() : Set.of(rule), rejectingRules, "rules that reject " + messages);
        if (!fix.isEmpty()) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(fix)), "a message carries '" + fix + "': " + messages);
        }
        if (rule.isEmpty()) {
            assertEquals("accepted", report.get("status").asText());
        } else {
            assertTrue(Set.of("partial", "rejected").contains(report.get("status").asText()), "never accepted");
        }
        String ack999 = Files.readString(out.resolve(base + ".999"), StandardCharsets.UTF_8);
        assertTrue(ack999.contains(ack), "the 999 carries '" + ack + "':\n" + ack999);
        if (!rule.isEmpty()) {
            assertTrue(ack999.contains("IK5*" + (expectedClaims.size() == 1 ? "E" : "R")), "IK5 reflects it:\n" + ack999);
        }
    }

    private static void collect(JsonNode findings, Set<String> rules, List<String> messages) {
        for (JsonNode f : findings) {
            if ("reject".equals(f.get("severity").asText())) {
                rules.add(f.get("rule").asText());
                messages.add(f.get("message").asText());
            }
        }
    }
}

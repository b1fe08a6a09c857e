package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * The replay contract on every file we have: our samples and the shared corpus of other
 * projects' 837s (skipped when absent). Report keys and values, which 837 outputs exist, and the
 * exit status agree with each other.
 */
class ReplayContractCorpusTest {

    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final List<String> TOP_KEYS = List.of("file", "status", "ruleSetVersion", "summary", "claims",
            "fileFindings");

    @TempDir
    Path out;

    static Stream<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("edi-samples/837P"), Path.of("edi-samples/837I"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        if (Files.isDirectory(CORPUS)) {
            try (Stream<Path> s = Files.walk(CORPUS)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(".md")
                                && !p.getFileName().toString().endsWith(".tsv"))
                        .sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reportOutputsAndExitStatusAgree(Path input) throws IOException {
        assumeTrue(Files.isRegularFile(input));
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("replay", "--out", out.toString(), input.toString());

        String name = input.getFileName().toString();
        String base = name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
        JsonNode report = new ObjectMapper().readTree(out.resolve(base + ".report.json").toFile());
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = report.fieldNames(); it.hasNext();) {
            keys.add(it.next());
        }
        assertEquals(TOP_KEYS, keys.subList(0, TOP_KEYS.size()), "contract keys first, in order");
        assertEquals(base, report.get("file").asText());
        String status = report.get("status").asText();
        assertTrue(Set.of("accepted", "partial", "rejected", "failed").contains(status), status);

        JsonNode summary = report.get("summary");
        int claims = summary.get("claims").asInt();
        int accepted = summary.get("accepted").asInt();
        int rejected = summary.get("rejected").asInt();
        assertEquals(claims, report.get("claims").size());
        assertEquals(claims, accepted + rejected);
        int acceptedListed = 0;
        for (JsonNode c : report.get("claims")) {
            assertTrue(c.hasNonNull("claimId") && c.hasNonNull("transaction"), c.toString());
            String cs = c.get("status").asText();
            boolean rejects = false;
            for (JsonNode f : c.get("findings")) {
                assertTrue(f.get("line").isNull() || f.get("line").isInt(), f.toString());
                assertTrue(f.get("segmentPosition").isInt() && f.get("segmentPosition").asInt() >= 1, f.toString());
                assertTrue(Set.of("reject", "warn").contains(f.get("severity").asText()), f.toString());
                assertTrue(!f.get("message").asText().isBlank() && !f.get("rule").asText().isBlank());
                rejects |= "reject".equals(f.get("severity").asText());
            }
            assertEquals(rejects ? "rejected" : "accepted", cs, c.toString());
            acceptedListed += "accepted".equals(cs) ? 1 : 0;
        }
        assertEquals(accepted, acceptedListed);

        boolean clean = Files.exists(out.resolve(base + ".clean.837"));
        boolean rejectedFile = Files.exists(out.resolve(base + ".rejected.837"));
        if ("failed".equals(status)) {
            assertEquals(2, code, err.toString());
            assertTrue(report.get("fileFindings").size() > 0);
            assertTrue(!clean && !rejectedFile, "a failed file forwards nothing");
        } else {
            assertEquals(accepted > 0, clean, "clean 837 exactly when a claim was accepted");
            assertEquals(rejected > 0, rejectedFile, "rejected 837 exactly when a claim was rejected");
            // a rejecting file finding (a transaction without claims, IG-REQUIRED) rejects like a claim
            boolean fileRejects = false;
            for (JsonNode f : report.get("fileFindings")) {
                fileRejects |= "reject".equals(f.get("severity").asText());
            }
            assertEquals(rejected > 0 || fileRejects ? 1 : 0, code, err.toString());
            String expectedStatus = rejected == 0 && !fileRejects ? "accepted"
                    : accepted == 0 ? "rejected" : "partial";
            assertEquals(expectedStatus, status);
        }
    }
}

package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The replay contract: outputs per input and the exit status. */
class ReplayExitCodeTest {

    @TempDir
    Path tmp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int replay(String... args) {
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        return cl.execute(args);
    }

    private Path out() {
        return tmp.resolve("out");
    }

    @Test
    void acceptedFileExitsZeroWithCleanOutputOnly() {
        int code = replay("replay", "--out", out().toString(), "edi-samples/837P/q4293-clean.edi");
        assertEquals(0, code, stderr.toString());
        assertTrue(Files.exists(out().resolve("q4293-clean.report.json")));
        assertTrue(Files.exists(out().resolve("q4293-clean.clean.837")));
        assertFalse(Files.exists(out().resolve("q4293-clean.rejected.837")));
    }

    @Test
    void rejectedClaimExitsOneWithRejectedOutputOnly() {
        int code = replay("replay", "--out", out().toString(), "edi-samples/837P/q4293-units-zero.edi");
        assertEquals(1, code, stderr.toString());
        assertTrue(Files.exists(out().resolve("q4293-units-zero.report.json")));
        assertFalse(Files.exists(out().resolve("q4293-units-zero.clean.837")));
        assertTrue(Files.exists(out().resolve("q4293-units-zero.rejected.837")));
    }

    @Test
    void partialFileWritesBothOutputs() {
        int code = replay("replay", "--out", out().toString(), "edi-samples/837P/multi-claim-mixed.edi");
        assertEquals(1, code, stderr.toString());
        assertTrue(Files.exists(out().resolve("multi-claim-mixed.clean.837")));
        assertTrue(Files.exists(out().resolve("multi-claim-mixed.rejected.837")));
    }

    @Test
    void unreadableFileExitsTwoAndStillHasItsReport() throws IOException {
        Path garbage = tmp.resolve("notes.txt");
        Files.writeString(garbage, "this is not an X12 file", StandardCharsets.UTF_8);
        int code = replay("replay", "--out", out().toString(), garbage.toString(), "edi-samples/837P/q4293-clean.edi");
        assertEquals(2, code, stderr.toString());
        JsonNode report = new ObjectMapper().readTree(out().resolve("notes.report.json").toFile());
        assertEquals("failed", report.get("status").asText());
        assertEquals("notes", report.get("file").asText());
        assertTrue(report.get("fileFindings").get(0).get("message").asText().contains("notes.txt"));
        assertFalse(Files.exists(out().resolve("notes.clean.837")));
        assertFalse(Files.exists(out().resolve("notes.rejected.837")));
        // the other file was still processed
        assertTrue(Files.exists(out().resolve("q4293-clean.clean.837")));
    }

    @Test
    void folderReplaysItsRegularFiles() throws IOException {
        Path folder = tmp.resolve("in");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(Path.of("edi-samples/837P/q4293-clean.edi"), folder.resolve("a.837"));
        Files.copy(Path.of("edi-samples/837I/inst-q4293-clean.edi"), folder.resolve("b.837"));
        Files.copy(Path.of("edi-samples/837I/inst-q4293-clean.edi"), folder.resolve("sub/c.837"));
        int code = replay("replay", "--out", out().toString(), folder.toString());
        assertEquals(0, code, stderr.toString());
        assertTrue(Files.exists(out().resolve("a.report.json")));
        assertTrue(Files.exists(out().resolve("b.report.json")));
        assertFalse(Files.exists(out().resolve("c.report.json")), "not recursive");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "replay",
        "replay|--bogus|edi-samples/837P/q4293-clean.edi",
        "replay|does/not/exist.837",
        "replay|--out",
        "frobnicate",
    })
    void usageErrorExitsSixtyFour(String argLine) {
        assertEquals(64, replay(argLine.split("\\|")));
    }

    @Test
    void missingConfigurationFolderIsAUsageErrorNamingIt() {
        int code = replay("replay", "--config", tmp.resolve("nope").toString(), "--out", out().toString(),
                "edi-samples/837P/q4293-clean.edi");
        assertEquals(64, code);
        assertTrue(stderr.toString().contains("nope"), stderr.toString());
    }
}

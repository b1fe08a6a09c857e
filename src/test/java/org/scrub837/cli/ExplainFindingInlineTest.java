package org.scrub837.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** explain prints each finding right under the segment it concerns. */
class ExplainFindingInlineTest {

    @TempDir
    Path tmp;

    private final StringWriter stdout = new StringWriter();

    private int explain(String... args) {
        CommandLine cl = Scrub837.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void findingStandsUnderTheOffendingSegment() {
        int code = explain("explain", "edi-samples/837P/multi-claim-mixed.edi", "--claim", "PCN-P-M2");
        assertEquals(1, code);
        List<String> lines = stdout.toString().lines().toList();
        int sv1 = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("SV1*HC:Q4293")) {
                sv1 = i;
            }
        }
        assertTrue(sv1 >= 0, stdout.toString());
        assertTrue(lines.get(sv1 + 1).contains("reject Q4293-UNITS"), lines.get(sv1 + 1));
        assertTrue(lines.get(0).contains("PCN-P-M2") && lines.get(0).contains("REJECTED"), lines.get(0));
    }

    @Test
    void everyClaimIsShownWithoutClaimOption() {
        assertEquals(1, explain("explain", "edi-samples/837P/multi-claim-mixed.edi"));
        assertTrue(stdout.toString().contains("4 claims shown: 2 accepted, 2 rejected"), stdout.toString());
    }

    @Test
    void acceptedClaimExitsZero() {
        assertEquals(0, explain("explain", "edi-samples/837P/q4293-clean.edi"));
    }

    @Test
    void unknownClaimIsAUsageError() {
        assertEquals(64, explain("explain", "edi-samples/837P/q4293-clean.edi", "--claim", "NOPE"));
    }

    @Test
    void unreadableFileExitsTwoAndSaysWhy() throws IOException {
        Path junk = tmp.resolve("junk.837");
        Files.writeString(junk, "PK\u0003\u0004 zip bytes");
        assertEquals(2, explain("explain", junk.toString()));
        assertTrue(stdout.toString().contains("FAILED") && stdout.toString().contains("junk.837"), stdout.toString());
    }
}

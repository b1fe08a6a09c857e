package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A guide error in a level several claims share: every claim under it is rejected, the 999 reports
 * the segment once (one IK3, no CTX since it is not inside a claim). And a payer profile that lowers
 * the rule to a warning lets the claims through with the warning and keeps the 999 silent.
 */
class GuideAck999SharedLevelTest {

    @TempDir
    Path dir;

    /** The clean fixture with a five-digit 2010AA ZIP on the first billing provider, which gets a second claim. */
    private Path sharedLevelFile() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/guide/x222a1/clean.edi"), StandardCharsets.ISO_8859_1);
        text = text.replace("N4*SPRINGFIELD*IL*627010001~", "N4*SPRINGFIELD*IL*62701~");
        String claim = "CLM*IG-P-GOOD*180***11:B:1*Y*A*Y*Y~\nHI*ABK:L97412~\nLX*1~\nSV1*HC:15271*180*UN*1***1~\n"
                + "DTP*472*D8*20251015~\n";
        text = text.replace(claim, claim + claim.replace("IG-P-GOOD", "IG-P-SECOND"));
        text = text.replace("SE*42*0001", "SE*47*0001");
        Path input = dir.resolve("shared.edi");
        Files.writeString(input, text, StandardCharsets.ISO_8859_1);
        return input;
    }

    private JsonNode scrub(Path config, Path input, Path out) throws IOException {
        ScrubEngine engine = ScrubEngine.load(config);
        engine.scrubber().scrub(input, engine.outputs(out, out, EnumSet.of(ReportFormat.JSON, ReportFormat.ACK999)));
        return new ObjectMapper().readTree(out.resolve("shared.report.json").toFile());
    }

    @Test
    void sharedLevelSegmentReportedOnceAndEveryClaimUnderItRejected() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        JsonNode report = scrub(Path.of("config"), sharedLevelFile(), out);
        assertEquals("partial", report.get("status").asText());
        for (JsonNode c : report.get("claims")) {
            boolean underShared = !c.get("claimId").asText().equals("IG-P-BAD");
            assertEquals(underShared ? "rejected" : "accepted", c.get("status").asText(), c.toString());
        }
        String ack = Files.readString(out.resolve("shared.999"), StandardCharsets.ISO_8859_1);
        assertEquals(1, ack.split("IK3\\*N4\\*10\\*2010AA\\*8~", -1).length - 1, ack);
        assertTrue(ack.contains("IK3*N4*10*2010AA*8~\nIK4*3*116*I12~\nIK5*E*5~"), ack);
        assertFalse(ack.contains("X12-ENVELOPE"), ack);
    }

    @Test
    void payerProfileLowersGuideRuleToWarning() throws IOException {
        Path config = dir.resolve("config");
        try (Stream<Path> all = Files.walk(Path.of("config"))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = config.resolve(Path.of("config").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path medicare = config.resolve("payers").resolve("medicare.yaml");
        Files.writeString(medicare, Files.readString(medicare) + "  IG-FORMAT:\n    severity: warn\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        JsonNode report = scrub(config, sharedLevelFile(), out);
        assertEquals("accepted", report.get("status").asText());
        boolean warned = false;
        for (JsonNode c : report.get("claims")) {
            for (JsonNode f : c.get("findings")) {
                warned |= "IG-FORMAT".equals(f.get("rule").asText()) && "warn".equals(f.get("severity").asText());
            }
        }
        assertTrue(warned, report.toString());
        String ack = Files.readString(out.resolve("shared.999"), StandardCharsets.ISO_8859_1);
        assertFalse(ack.contains("IK3"), ack);
        assertTrue(ack.contains("IK5*A~"), ack);
    }
}

package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A syntax error in one claim (a negative SV104/SV205 quantity) makes the reader hand the rest of
 * its transaction to the validating pass, which builds new level objects for levels already seen.
 * Every other claim of the transaction must get the verdict it gets in a file of its own: the
 * guide's transaction checks compare levels by HL id and position, never by object identity.
 */
class GuideRereadVerdictTest {

    private static ScrubEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadEngine() throws IOException {
        engine = ScrubEngine.load(Path.of("config"));
    }

    /**
     * Each case: claim type, layout ("shared": the three claims under one billing provider and
     * subscriber; "own": each claim under a subscriber of its own, all under one billing provider),
     * the line of claim 2 (a negative quantity, which sends the transaction to the validating pass,
     * alone or with a guide defect) and claim 2's verdict alone.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("837P", "shared", "SV1*HC:15271*180*UN*-1***1~", "accepted"),
                Arguments.of("837P", "own", "SV1*HC:15271*180*UN*-1***1~", "accepted"),
                Arguments.of("837P", "shared", "SV1*hc:15271*180*UN*-1***1~", "rejected"),
                Arguments.of("837P", "own", "SV1*hc:15271*180*UN*-1***1~", "rejected"),
                Arguments.of("837I", "shared", "SV2*0360*HC:15275*250*UN*-1~", "accepted"),
                Arguments.of("837I", "own", "SV2*0360*HC:15275*250*UN*-1~", "accepted"),
                Arguments.of("837I", "shared", "SV2*0360*hc:15275*250*UN*-1~", "rejected"),
                Arguments.of("837I", "own", "SV2*0360*hc:15275*250*UN*-1~", "rejected"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void reReadTransactionGivesEveryOtherClaimItsOwnVerdict(String type, String layout, String badLine,
            String secondAlone)
            throws IOException {
        boolean professional = type.equals("837P");
        String clean = Files.readString(Path.of("src/test/resources/guide/" + (professional ? "x222a1" : "x223a2")
                + "/clean.edi"), StandardCharsets.ISO_8859_1);
        String[] parts = clean.split("~\\s*");
        // the first billing provider (HL 1), its subscriber (HL 2) and its claim, from the clean fixture
        StringBuilder provider = new StringBuilder();
        StringBuilder subscriber = new StringBuilder();
        StringBuilder claim = new StringBuilder();
        String line = professional ? "SV1*HC:15271*180*UN*1***1" : "SV2*0360*HC:15275*250*UN*1";
        int section = 0;
        for (String p : parts) {
            if (p.startsWith("HL*3*")) {
                break;
            }
            if (p.startsWith("HL*1*")) {
                section = 1;
            } else if (p.startsWith("HL*2*")) {
                section = 2;
            } else if (p.startsWith("CLM*")) {
                section = 3;
            }
            StringBuilder target = section == 1 ? provider : section == 2 ? subscriber : section == 3 ? claim : null;
            if (target != null && !p.startsWith("HL*")) {
                target.append(p).append("~\n");
            }
        }
        String header = clean.substring(0, clean.indexOf("HL*1*"));
        String claimText = claim.toString();
        String[] ids = {"CLAIM-ONE", "CLAIM-TWO", "CLAIM-THREE"};
        String goodId = professional ? "IG-P-GOOD" : "IG-I-GOOD";

        Map<String, String> alone = new TreeMap<>();
        for (int i = 0; i < 3; i++) {
            String one = claimText.replace(goodId, ids[i]);
            if (i == 1) {
                one = one.replace(line + "~", badLine);
            }
            alone.put(ids[i], verdicts(header, "HL*1**20*1~\n" + provider + "HL*2*1*22*0~\n" + subscriber + one,
                    "alone-" + type + layout + secondAlone + i).get(ids[i]));
        }

        StringBuilder body = new StringBuilder("HL*1**20*1~\n").append(provider);
        for (int i = 0; i < 3; i++) {
            if (layout.equals("own") || i == 0) {
                body.append("HL*").append(i + 2).append("*1*22*0~\n").append(subscriber);
            }
            String one = claimText.replace(goodId, ids[i]);
            body.append(i == 1 ? one.replace(line + "~", badLine) : one);
        }
        Map<String, String> together = verdicts(header, body.toString(), "together-" + type + layout + secondAlone);
        assertEquals(secondAlone, alone.get("CLAIM-TWO"), "claim 2 alone");
        assertEquals(alone, together, "each claim's verdict in the three-claim transaction is its verdict alone");
    }

    private Map<String, String> verdicts(String header, String body, String name) throws IOException {
        long segments = (header + body).lines().filter(l -> !l.isBlank()).count() - 2 + 1; // ST..SE: drop ISA, GS; add SE
        String text = header + body + "SE*" + segments + "*0001~\nGE*1*901~\nIEA*1*000000901~\n";
        Path input = dir.resolve(name + ".edi");
        Files.writeString(input, text, StandardCharsets.ISO_8859_1);
        Path out = Files.createDirectories(dir.resolve(name));
        engine.scrubber().scrub(input, engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));
        JsonNode report = new ObjectMapper().readTree(out.resolve(name + ".report.json").toFile());
        Map<String, String> result = new TreeMap<>();
        for (JsonNode c : report.get("claims")) {
            result.put(c.get("claimId").asText(), c.get("status").asText());
        }
        return result;
    }
}

package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.read.ClaimReaders;

/**
 * A transaction whose first HL is not the billing provider (HL03 20): the reader cannot place the
 * claims under a 2000A level, and the guide check reports the missing 2000A as IG-REQUIRED (I7) on
 * each such claim, so it is rejected, never accepted without a billing provider.
 */
class GuideMissingLevelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"x222a1", "x223a2"})
    void firstLevelNotBillingProviderIsA2000aRequiredRejection(String version) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/guide/" + version + "/clean.edi"),
                StandardCharsets.ISO_8859_1);
        // the first billing provider level and its segments left out: the transaction starts with HL 2 (22)
        int from = text.indexOf("HL*1**20*1~");
        int to = text.indexOf("HL*2*1*22*0~");
        String mutated = text.substring(0, from) + text.substring(to);
        List<Claim> claims = new ArrayList<>();
        ClaimReaders.create().read(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.ISO_8859_1)), "x.edi",
                claims::add);
        Claim first = claims.get(0);
        assertEquals(null, first.billingProvider(), "the reader places no billing provider");
        List<GuideFinding> findings = new GuideValidator(GuideCodeSets.NONE).findings(first);
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(GuideRuleIds.REQUIRED)
                && "2000A".equals(f.ack().loopId()) && "I7".equals(f.ack().code())), findings.toString());
    }
}

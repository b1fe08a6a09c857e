package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Payer;
import org.scrub837.model.Segment;

/** Each claim carries the HL levels above it, with their own segments, and the payer of its subscriber. */
class HierarchyAndPayerTest {

    @Test
    void subscriberIsPatient() throws Exception {
        Claim claim = EdiTestFiles.read(EdiTestFiles.sample("837P/q4293-clean.edi")).claims.get(0);

        assertLevel(claim.billingProvider(), "1", "", "20", "1", 6, List.of("HL", "PRV", "NM1", "N3", "N4", "REF"));
        assertLevel(claim.subscriber(), "2", "1", "22", "0", 12, List.of("HL", "SBR", "NM1", "N3", "N4", "DMG", "NM1"));
        assertNull(claim.patient());
        assertEquals(new Payer("P", "MB", "MEDICARE PART B", "00952"), claim.payer());
        assertEquals(List.of("ST", "BHT", "NM1", "PER", "NM1"),
                claim.transaction().headerSegments().stream().map(Segment::tag).toList());
    }

    @Test
    void patientLevel2000C() throws Exception {
        Claim claim = EdiTestFiles.read(EdiTestFiles.sample("837P/patient-2000c.edi")).claims.get(0);

        assertLevel(claim.subscriber(), "2", "1", "22", "1", 12, List.of("HL", "SBR", "NM1", "N3", "N4", "DMG", "NM1"));
        assertLevel(claim.patient(), "3", "2", "23", "0", 19, List.of("HL", "PAT", "NM1", "N3", "N4", "DMG"));
        assertEquals(new Payer("P", "CI", "EXAMPLE HEALTH PLAN", "12345"), claim.payer());
        assertEquals(25, claim.position());
    }

    @Test
    void claimsUnderOneLevelShareIt() throws Exception {
        List<Claim> claims = EdiTestFiles.read(EdiTestFiles.sample("837P/multi-claim-mixed.edi")).claims;

        assertSame(claims.get(0).subscriber(), claims.get(1).subscriber());
        assertEquals("3", claims.get(2).subscriber().hlId());
        assertSame(claims.get(0).billingProvider(), claims.get(3).billingProvider());
    }

    private static void assertLevel(HierarchyLevel level, String id, String parent, String code, String child,
            int position, List<String> tags) {
        assertEquals(id, level.hlId());
        assertEquals(parent, level.parentId());
        assertEquals(code, level.levelCode());
        assertEquals(child, level.childCode());
        assertEquals(position, level.position());
        assertEquals(tags, level.segments().stream().map(Segment::tag).toList());
    }
}

package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;
import org.scrub837.model.Severity;
import org.scrub837.rules.FileSession;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/**
 * Issue #20 item 4: date-of-service MUEs (MAI 2, 3) sum the units of all claims of the file for the
 * same beneficiary, billing provider, code and date. Made-up table: Y0002 MAI 2 max 3, Y0003 MAI 3
 * max 3, Y0001 MAI 1 max 3 (a line edit: never summed).
 */
class MueAcrossClaimsTest {

    @TempDir
    static Path dir;
    private static RuleSet rules;

    @BeforeAll
    static void load() throws IOException {
        ShippedRules.copyTo(dir);
        Files.writeString(dir.resolve("pra.csv"), "\"Made-up test values, not CMS data\"\n"
                + "\"HCPCS/\nCPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\","
                + "\"MUE Rationale\"\nY0001,3,1 Line Edit,Test\nY0002,3,2 Date of Service Edit: Policy,Test\n"
                + "Y0003,3,3 Date of Service Edit: Clinical,Test\n");
        ShippedRules.edit(dir.resolve("rules.yaml"), "  practitioner: null", "  practitioner: pra.csv");
        rules = RuleSet.load(dir);
    }

    /** The member id TestClaims gives every subscriber (NM109 of 2010BA), replaced to make another beneficiary. */
    private static final String TEST_CLAIMS_MEMBER_ID = "1EG4TE5MK73";

    private static Claim claim(String code, String units, String date, String member) {
        Claim c = TestClaims.professional().payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                .line(code, units, date).build();
        List<Segment> segments = new ArrayList<>();
        for (Segment s : c.subscriber().segments()) {
            segments.add(new Segment(s.tag(), s.text().replace(TEST_CLAIMS_MEMBER_ID, member), s.position()));
        }
        HierarchyLevel sub = new HierarchyLevel(c.subscriber().hlId(), c.subscriber().parentId(),
                c.subscriber().levelCode(), c.subscriber().childCode(), segments);
        return new Claim(c.transaction(), c.billingProvider(), sub, c.patient(), c.payer(), c.claimId(),
                c.totalChargeText(), c.totalCharge(), c.facilityCode(), c.frequencyCode(), c.diagnoses(), c.dates(),
                c.lines(), c.segments(), c.syntaxIssues(), c.ordinal());
    }

    @ParameterizedTest(name = "{0}: {1} then {2} units, second member {3}, second date {4} -> {5}")
    @CsvSource({
        "Y0002, 2, 2, MEMBER1, 2025-06-02, MUE-DOS-POLICY-CLAIMS, 1",
        "Y0002, 1, 2, MEMBER1, 2025-06-02, MUE-DOS-POLICY-CLAIMS, 0",
        "Y0002, 2, 2, MEMBER2, 2025-06-02, MUE-DOS-POLICY-CLAIMS, 0",
        "Y0002, 2, 2, MEMBER1, 2025-06-03, MUE-DOS-POLICY-CLAIMS, 0",
        "Y0002, 2, 4, MEMBER1, 2025-06-02, MUE-DOS-POLICY-CLAIMS, 0",   // the claim's own units: MUE-DOS-POLICY
        "Y0003, 2, 2, MEMBER1, 2025-06-02, MUE-DOS-CLINICAL-CLAIMS, 1",
        "Y0001, 2, 2, MEMBER1, 2025-06-02, MUE-DOS-POLICY-CLAIMS, 0"})
    void laterClaimOverTheMueWithEarlierClaimsIsReported(String code, String first, String second, String member,
            String secondDate, String rule, int expected) {
        FileSession session = rules.newFileSession();
        List<Finding> one = findings(session.review(rules.evaluate(claim(code, first, "2025-06-02", "MEMBER1")))
                .findings(), rule);
        List<Finding> two = findings(session.review(rules.evaluate(claim(code, second, secondDate, member)))
                .findings(), rule);

        assertEquals(List.of(), one);
        assertEquals(expected, two.size(), two.toString());
        for (Finding f : two) {
            assertEquals(rule.startsWith("MUE-DOS-POLICY") ? Severity.REJECT : Severity.WARN, f.severity());
            assertTrue(f.message().contains("on earlier claims of the file"), f.message());
        }
    }

    private static List<Finding> findings(List<Finding> all, String rule) {
        return all.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }
}

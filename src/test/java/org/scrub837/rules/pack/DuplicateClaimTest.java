package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.FileSession;
import org.scrub837.rules.RuleSet;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

/** DUPLICATE-CLAIM: the second copy of a claim within one file session warns (or rejects by profile). */
class DuplicateClaimTest {

    private static final String ID = "DUPLICATE-CLAIM";

    @TempDir
    Path dir;

    private static TestClaims base(String claimId) {
        return TestClaims.professional().claimId(claimId).payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                .line("15275", "1", "2025-06-02");
    }

    private static List<List<Finding>> review(RuleSet rules, List<Claim> claims) {
        FileSession session = rules.newFileSession();
        List<List<Finding>> out = new ArrayList<>();
        for (Claim c : claims) {
            out.add(session.review(rules.evaluate(c)).findings().stream().filter(f -> f.ruleId().equals(ID)).toList());
        }
        return out;
    }

    private static Claim numbered(TestClaims t, long ordinal) {
        Claim c = t.build();
        return new Claim(c.transaction(), c.billingProvider(), c.subscriber(), c.patient(), c.payer(), c.claimId(),
                c.totalChargeText(), c.totalCharge(), c.facilityCode(), c.frequencyCode(), c.diagnoses(), c.dates(),
                c.lines(), c.segments(), c.syntaxIssues(), ordinal);
    }

    @Test
    void secondCopyWarnsNamingTheFirst() {
        List<List<Finding>> found = review(ShippedRules.ruleSet(), List.of(numbered(base("A"), 1),
                numbered(base("B"), 2), numbered(base("C"), 3)));

        assertEquals(List.of(), found.get(0));
        assertEquals(1, found.get(1).size());
        Finding f = found.get(1).get(0);
        assertEquals(Severity.WARN, f.severity());
        assertEquals(null, f.line());
        assertTrue(f.message().startsWith("This claim repeats claim 1 of the file"), f.message());
        assertTrue(found.get(2).get(0).message().startsWith("This claim repeats claim 1 of the file"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"charge", "date", "code", "modifier", "units", "payer", "frequency", "billing provider state only"})
    void claimsThatDifferAreNotDuplicates(String difference) {
        TestClaims other = switch (difference) {
            case "charge" -> TestClaims.professional().claimId("B").payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                    .line("15275").charge("120.00").date("2025-06-02").done();
            case "date" -> TestClaims.professional().claimId("B").payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                    .line("15275", "1", "2025-06-03");
            case "code" -> TestClaims.professional().claimId("B").payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                    .line("15271", "1", "2025-06-02");
            case "modifier" -> TestClaims.professional().claimId("B").payer("CI", "ACME HEALTH", "1")
                    .diagnosis("L97412").line("15275").modifiers("RT").date("2025-06-02").done();
            case "units" -> TestClaims.professional().claimId("B").payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                    .line("15275", "2", "2025-06-02");
            case "payer" -> TestClaims.professional().claimId("B").payer("CI", "ACME HEALTH", "2").diagnosis("L97412")
                    .line("15275", "1", "2025-06-02");
            case "frequency" -> base("B").frequency("7");
            default -> base("B").providerState("IL");
        };
        List<List<Finding>> found = review(ShippedRules.ruleSet(), List.of(numbered(base("A"), 1), numbered(other, 2)));

        assertEquals(difference.startsWith("billing") ? 1 : 0, found.get(1).size(),
                "a claim differing by " + difference);
    }

    @Test
    void eachFileSessionStartsEmpty() {
        RuleSet rules = ShippedRules.ruleSet();

        assertEquals(List.of(List.of(), List.of()), List.of(review(rules, List.of(numbered(base("A"), 1))).get(0),
                review(rules, List.of(numbered(base("A"), 1))).get(0)));
    }

    @Test
    void evaluateAloneNeverReportsDuplicates() {
        Claim claim = numbered(base("A"), 1);

        ClaimResult first = ShippedRules.evaluate(claim);
        ClaimResult again = ShippedRules.evaluate(claim);

        assertEquals(List.of(), ShippedRules.findings(claim, ID));
        assertSame(again, ShippedRules.ruleSet().newFileSession().review(again));
        assertEquals(first.findings(), again.findings());
    }

    @Test
    void payerProfileCanMakeItReject() throws IOException {
        ShippedRules.copyTo(dir);
        Files.writeString(dir.resolve("payers/default.yaml"),
                "profile: default\nrules:\n  " + ID + ":\n    severity: reject\n");
        RuleSet rules = RuleSet.load(dir);
        FileSession session = rules.newFileSession();
        UnaryOperator<ClaimResult> review = session::review;

        review.apply(rules.evaluate(numbered(base("A"), 1)));
        ClaimResult second = review.apply(rules.evaluate(numbered(base("B"), 2)));

        assertTrue(second.rejected(), second.findings().toString());
        assertTrue(rules.ruleIds("default").contains(ID));
    }

    @Test
    void pastTheCapNewClaimsAreNotRemembered() throws IOException {
        ShippedRules.copyTo(dir);
        ShippedRules.edit(dir.resolve("rules.yaml"), "maxClaimsRemembered: \"786432\"", "maxClaimsRemembered: \"1\"");
        RuleSet rules = RuleSet.load(dir);
        TestClaims other = TestClaims.professional().claimId("X").payer("CI", "ACME HEALTH", "1").diagnosis("L97412")
                .line("15271", "1", "2025-06-02");

        List<List<Finding>> found = review(rules, List.of(numbered(base("A"), 1), numbered(other, 2),
                numbered(base("B"), 3), numbered(other, 4)));

        assertEquals(List.of(0, 0, 1, 0), found.stream().map(List::size).toList());
    }

    @Test
    void fingerprintTableGrowsAndFindsEveryKey() {
        FingerprintTable table = new FingerprintTable(100_000);
        for (int i = 1; i <= 50_000; i++) {
            assertEquals(0, table.firstOrRemember(i * 0x9E3779B97F4A7C15L, i));
        }
        for (int i = 1; i <= 50_000; i++) {
            assertEquals(i, table.firstOrRemember(i * 0x9E3779B97F4A7C15L, 0));
        }
        assertEquals(50_000, table.size());
    }
}

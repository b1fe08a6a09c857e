package org.scrub837.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.ClaimType;
import org.scrub837.testing.TestClaims;

/** One RuleSet shared by many threads gives each claim the same result as a lone thread does. */
class RuleSetConcurrencyTest {

    private static Claim claim(int i) {
        String date = i % 2 == 0 ? "2025-06-02" : "2026-01-05";
        ClaimType type = i % 3 == 0 ? ClaimType.INSTITUTIONAL : ClaimType.PROFESSIONAL;
        TestClaims t = TestClaims.of(type).claimId("PCN" + i).diagnosis(i % 5 == 0 ? "E119" : "L97412");
        if (i % 4 != 0) {
            t.line("15271", "1", date);
        }
        return t.line("Q4293").units(String.valueOf(10 + i % 30)).modifiers(i % 7 == 0 ? "JZ" : "RT").date(date)
                .done().build();
    }

    @Test
    void parallelEvaluationMatchesSequential() {
        RuleSet rules = ShippedRules.ruleSet();
        List<Claim> claims = IntStream.range(0, 400).mapToObj(RuleSetConcurrencyTest::claim).toList();
        List<ClaimResult> sequential = claims.stream().map(rules::evaluate).toList();

        List<ClaimResult> parallel = claims.parallelStream().map(rules::evaluate).toList();

        assertEquals(sequential, parallel);
        assertEquals(true, sequential.stream().anyMatch(ClaimResult::rejected));
        assertEquals(true, sequential.stream().anyMatch(r -> !r.rejected()));
    }
}

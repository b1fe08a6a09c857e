package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class X12SyntaxTest {

    private static final String ID = "X12-SYNTAX";

    private static TestClaims twoLines(ClaimType type) {
        return TestClaims.of(type)
                .line("15271", "1", "2025-06-02")
                .line("Q4293", "16", "2025-06-02");
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void cleanClaimHasNoFinding(ClaimType type) {
        assertEquals(List.of(), ShippedRules.findings(twoLines(type).build(), ID));
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void elementErrorInLineSegmentNamesLineTagAndPosition(ClaimType type) {
        Claim plain = twoLines(type).build();
        int svPosition = plain.lines().get(1).servicePosition();
        String tag = type == ClaimType.PROFESSIONAL ? "SV1" : "SV2";
        Claim claim = twoLines(type).syntaxIssue(new SyntaxIssue(Scope.ELEMENT, "7", tag, svPosition, "2400", 4, null,
                "380", "invalid code value")).build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.REJECT, f.severity());
        assertEquals(2, f.line());
        assertEquals(svPosition, f.segmentPosition());
        assertTrue(f.message().startsWith("X12 syntax error in segment " + tag + " at position " + svPosition
                + ", element 4 (loop 2400) [code 7]: invalid code value."), f.message());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void envelopeErrorIsClaimLevelAtClm(ClaimType type) {
        Claim claim = twoLines(type).syntaxIssue(new SyntaxIssue(Scope.INTERCHANGE, "001", null, 0, null, null, null,
                null, "ISA13 and IEA02 control numbers differ")).build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(1, findings.size());
        assertNull(findings.get(0).line());
        assertEquals(claim.position(), findings.get(0).segmentPosition());
        assertTrue(findings.get(0).message().startsWith("X12 syntax error in the interchange envelope (ISA/IEA)"),
                findings.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void everyIssueBecomesAFinding(ClaimType type) {
        Claim claim = twoLines(type)
                .syntaxIssue(new SyntaxIssue(Scope.SEGMENT, "8", "HL", 6, "2000A", null, null, null,
                        "segment has data element errors"))
                .syntaxIssue(new SyntaxIssue(Scope.SEGMENT, "2", "NTE", 30, "2300", null, null, null,
                        "unexpected segment"))
                .build();

        List<Finding> findings = ShippedRules.findings(claim, ID);

        assertEquals(List.of(6, 30), findings.stream().map(Finding::segmentPosition).toList());
    }
}

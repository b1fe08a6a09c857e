package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;

/**
 * A DTP03 that is not a real date in the format DTP02 names is a syntax issue of its claim (999
 * IK403 code 8, invalid date), found the same by the fast pass and the validating read; real dates
 * and formats other than D8 and RD8 are left alone.
 */
class DtpInvalidDateTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // 837P line date of service (2400 DTP*472), first one of the file
        "837P/multi-claim-mixed.edi, DTP*472*D8*20251015, DTP*472*D8*20251340, 2400, true",
        "837P/multi-claim-mixed.edi, DTP*472*D8*20251015, DTP*472*D8*20250229, 2400, true",
        "837P/multi-claim-mixed.edi, DTP*472*D8*20251015, DTP*472*D8*2025101, 2400, true",
        "837P/multi-claim-mixed.edi, DTP*472*D8*20251015, DTP*472*D8*20240229, 2400, false",
        // 837I statement dates (2300 DTP*434 RD8): one date only, or a range ending before it starts
        "837I/inst-addon-base.edi, DTP*434*RD8*20251015-20251015, DTP*434*RD8*20251015, 2300, true",
        "837I/inst-addon-base.edi, DTP*434*RD8*20251015-20251015, DTP*434*RD8*20251015-20251014, 2300, true",
        "837I/inst-addon-base.edi, DTP*434*RD8*20251015-20251015, DTP*434*RD8*20251014-20251015, 2300, false",
    })
    void invalidDateIsAnIssueOfItsClaim(String sample, String from, String to, String loop, boolean invalid)
            throws Exception {
        String text = EdiTestFiles.sampleText(sample);
        assertTrue(text.contains(from), from);
        String changed = text.replaceFirst(java.util.regex.Pattern.quote(from), to);

        CollectingHandler validating = EdiTestFiles.read(changed, "dates.edi");
        CollectingHandler fast = new CollectingHandler();
        byte[] bytes = changed.getBytes(StandardCharsets.ISO_8859_1);
        ClaimReaders.create().read(() -> new ByteArrayInputStream(bytes), "dates.edi", fast);

        List<SyntaxIssue> issues = validating.claims.get(0).syntaxIssues();
        if (invalid) {
            assertEquals(1, issues.size(), issues.toString());
            SyntaxIssue issue = issues.get(0);
            assertEquals(Scope.ELEMENT, issue.scope());
            assertEquals("8", issue.code());
            assertEquals("DTP", issue.segmentTag());
            assertEquals(loop, issue.loopId());
            assertEquals(3, issue.elementPosition());
            assertEquals("1251", issue.elementReference());
        } else {
            assertEquals(List.of(), issues);
        }
        assertEquals(validating.claims, fast.claims, "the fast pass finds the same");
    }
}

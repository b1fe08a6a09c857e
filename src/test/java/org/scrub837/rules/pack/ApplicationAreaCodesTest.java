package org.scrub837.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.ClaimType;
import org.scrub837.model.Finding;
import org.scrub837.model.Severity;
import org.scrub837.rules.ShippedRules;
import org.scrub837.testing.TestClaims;

class ApplicationAreaCodesTest {

    private static final String ID = "APPLICATION-AREA-CODES";
    private static final String DATE = "2025-06-02";

    /** Lines as code:units@date, expected finding count, text the finding carries. */
    static Stream<Arguments> cases() {
        return Stream.of(ClaimType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, "15271:1", 0, null),
                Arguments.of(type, "15271:2", 1, "covers only the first area block"),
                Arguments.of(type, "15271:1 15271:1", 1, "2 units on 2 lines"),
                Arguments.of(type, "15271:1 15272:3", 0, null),
                Arguments.of(type, "15277:2", 1, "one unit per date of service"),
                Arguments.of(type, "15271:1 15273:1", 1, "are billed for the same site group"),
                Arguments.of(type, "15275:1 15277:1", 1, "are billed for the same site group"),
                Arguments.of(type, "15271:1 15277:1", 0, null),
                Arguments.of(type, "15271:1 15273:1@2025-06-03", 0, null)));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("cases")
    void baseCodesBilledAsTheirDescriptorsAllow(ClaimType type, String lines, int expected, String text) {
        TestClaims t = TestClaims.of(type).diagnosis("L97412");
        for (String spec : lines.split(" ")) {
            String[] codeRest = spec.split(":");
            String[] unitsDate = codeRest[1].split("@");
            t.line(codeRest[0], unitsDate[0], unitsDate.length > 1 ? unitsDate[1] : DATE);
        }

        List<Finding> findings = ShippedRules.findings(t.build(), ID);

        assertEquals(expected, findings.size(), findings.toString());
        for (Finding f : findings) {
            assertEquals(Severity.REJECT, f.severity());
            assertTrue(f.message().contains(text), f.message());
        }
    }
}

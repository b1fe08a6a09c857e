package org.scrub837.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.model.Claim;
import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;

/**
 * Whatever delimiters the ISA declares, and whatever line break follows the terminator, the same
 * claims come out, the delimiters and line break are recorded, and segment text uses them.
 */
class DelimiterVariantsTest {

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of('*', ':', '^', '~', ""),
                Arguments.of('*', ':', '^', '~', "\n"),
                Arguments.of('*', ':', '^', '~', "\r\n"),
                Arguments.of('|', '>', '!', '\n', ""),
                Arguments.of('+', '<', '{', '\'', "\r\n"),
                Arguments.of('\u001D', '\u001F', '\u001E', '\u001C', ""));
    }

    @ParameterizedTest(name = "element={0} component={1} repetition={2} terminator={3}")
    @MethodSource("variants")
    void sameClaimsUnderAnyDelimiters(char element, char component, char repetition, char terminator, String suffix)
            throws Exception {
        String text = Redelimit.of(EdiTestFiles.sampleText("837P/multi-claim-mixed.edi"), element, component,
                repetition, terminator, suffix);

        CollectingHandler read = EdiTestFiles.read(text, "variant.edi");

        assertEquals(new Delimiters(element, component, repetition, terminator, suffix),
                read.interchanges.get(0).delimiters());
        assertEquals(List.of("PCN-P-M1", "PCN-P-M2", "PCN-P-M3", "PCN-P-M4"),
                read.claims.stream().map(Claim::claimId).toList());
        Segment sv1 = read.claims.get(0).segments().stream().filter(s -> s.tag().equals("SV1")).findFirst()
                .orElseThrow();
        assertEquals("SV1" + element + "HC" + component + "15275" + element + "250" + element + "UN" + element + "1"
                + element + element + element + "1", sv1.text());
        assertEquals("HC", read.claims.get(0).lines().get(0).procedureQualifier());
        assertEquals(0, read.claims.stream().mapToInt(c -> c.syntaxIssues().size()).sum());
    }
}

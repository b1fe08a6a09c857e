package org.scrub837.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scrub837.guide.GuideMap.ElementSpec;
import org.scrub837.guide.GuideMap.Loop;
import org.scrub837.guide.GuideMap.SegmentSpec;
import org.scrub837.model.ClaimType;
import org.scrub837.scrub.ReportFormat;
import org.scrub837.scrub.ScrubEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Single-defect mutants of guide-clean files (837P and 837I, with and without a 2000C patient level,
 * three claims under three billing providers): for every segment of the base and every element rule
 * the guide data holds for it, one mutant breaks that rule (a required element emptied, a "not used"
 * element sent, a code outside the list, a value too long or too short or of the wrong type), and
 * every required segment is deleted and every segment the guide allows once is sent twice. Each
 * mutant must reject exactly the claim it is in (every claim for a header mutant) and nothing else;
 * the base and the controls (another name, an amount moved consistently, another valid NPI, another
 * valid date) are accepted. The counts are printed for the closing note. The configuration is the
 * shipped one with the operator's ICD-10-CM and HCPCS files ({@link GuideOperatorConfig}), so the
 * look-ups have mutants too.
 */
class GuideMutationTest {

    private static ScrubEngine engine;

    @TempDir
    Path dir;

    @TempDir
    static Path configDir;

    @BeforeAll
    static void loadEngine() throws IOException {
        engine = ScrubEngine.load(GuideOperatorConfig.in(configDir));
    }

    static Stream<Arguments> bases() {
        return Stream.of(Arguments.of(ClaimType.PROFESSIONAL, false), Arguments.of(ClaimType.PROFESSIONAL, true),
                Arguments.of(ClaimType.INSTITUTIONAL, false), Arguments.of(ClaimType.INSTITUTIONAL, true));
    }

    @ParameterizedTest(name = "{0} with 2000C: {1}")
    @MethodSource("bases")
    void everySingleDefectRejectsExactlyItsClaim(ClaimType type, boolean patientLevel) throws IOException {
        GuideBase base = GuideBase.of(type, patientLevel, 3);
        claims = base.claimIds().size();
        GuideMap map = GuideMap.of(type);
        assertEquals(Map.of(), rejected(base.text(), "base"), "the base is guide-clean");
        for (Map.Entry<String, String> control : base.controls().entrySet()) {
            assertEquals(Map.of(), rejected(control.getValue(), "control"), "control accepted: " + control.getKey());
        }

        List<String> wrong = new ArrayList<>();
        int mutants = 0;
        int exact = 0;
        for (GuideBase.Mutant m : GuideBase.mutants(base, map)) {
            mutants++;
            Map<String, String> rejected = rejected(m.text(), "m" + mutants);
            Map<String, String> expected = new TreeMap<>();
            for (String claim : m.claims()) {
                expected.put(String.valueOf(base.claimIds().indexOf(claim) + 1), "rejected");
            }
            if (rejected.equals(expected)) {
                exact++;
            } else {
                wrong.add(m.description() + " -> " + rejected.keySet() + " expected " + m.claims());
            }
        }
        System.out.printf("guide mutation %s 2000C=%s: %d element rules in the data, %d mutants, %d rejected exactly"
                + " their claim, %d controls accepted%n", type, patientLevel, map.elementCount, mutants, exact,
                base.controls().size());
        assertTrue(mutants > 0, "mutants made");
        assertEquals(List.of(), wrong, "mutants that did not reject exactly their claim");
    }

    @ParameterizedTest(name = "{0} with 2000C: {1}")
    @MethodSource("bases")
    void everyNamedEditRejectsExactlyItsClaim(ClaimType type, boolean patientLevel) throws IOException {
        GuideBase base = GuideBase.of(type, patientLevel, 3);
        claims = base.claimIds().size();
        int mutants = 0;
        for (Map.Entry<String, Boolean> edit : namedChecks(type).entrySet()) {
            String mutant = base.editMutant(edit.getKey(), patientLevel);
            assertEquals(edit.getValue(), mutant != null, edit.getKey() + ": a mutant exactly when it applies");
            if (mutant == null) {
                continue;
            }
            assertEquals(Map.of("2", "rejected"), rejected(mutant, "edit" + (++mutants)),
                    edit.getKey() + " rejects exactly claim 2");
        }
        System.out.printf("guide mutation %s 2000C=%s: %d named-edit mutants, each rejected exactly its claim%n", type,
                patientLevel, mutants);
        assertTrue(mutants > 0, "mutants made");
    }

    /**
     * Every named check beside the walker, the claim edits ({@link GuideValidator#EDITS}) and the
     * segment edits ({@link GuideValidator#SEGMENT_EDITS}), by class name, with whether it applies to
     * the guide.
     */
    static Map<String, Boolean> namedChecks(ClaimType type) {
        Map<String, Boolean> checks = new java.util.LinkedHashMap<>();
        for (ClaimEdit edit : GuideValidator.EDITS) {
            checks.put(edit.getClass().getSimpleName(), edit.appliesTo(type));
        }
        for (SegmentEdit edit : GuideValidator.SEGMENT_EDITS) {
            checks.put(edit.getClass().getSimpleName(), edit.appliesTo(type));
        }
        return checks;
    }

    /** claim id -> "rejected" for each claim the scrub does not accept. */
    private int claims;

    private Map<String, String> rejected(String text, String name) throws IOException {
        Path input = dir.resolve(name + ".edi");
        Files.writeString(input, text, StandardCharsets.ISO_8859_1);
        Path out = Files.createDirectories(dir.resolve(name + "-out"));
        engine.scrubber().scrub(input, engine.outputs(out, out, EnumSet.of(ReportFormat.JSON)));
        JsonNode report = new ObjectMapper().readTree(out.resolve(name + ".report.json").toFile());
        // claims named by their place in the file (a mutant may change CLM01); a claim the report lost
        // counts as not accepted
        Map<String, String> result = new TreeMap<>();
        int index = 0;
        for (JsonNode c : report.get("claims")) {
            index++;
            if (!"accepted".equals(c.get("status").asText())) {
                result.put(String.valueOf(index), "rejected");
            }
        }
        for (int missing = index + 1; missing <= claims; missing++) {
            result.put(String.valueOf(missing), "rejected (not reported)");
        }
        deleteTree(out);
        Files.delete(input);
        return result;
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static Loop findLoop(Loop from, String id) {
        if (from.id().equals(id)) {
            return from;
        }
        for (Object c : from.children()) {
            if (c instanceof Loop l) {
                Loop found = findLoop(l, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static SegmentSpec spec(GuideMap map, String loopId, String segmentText) {
        Loop loop = null;
        for (String section : List.of(GuideMap.HEADER, "2000A", "2000B", "2000C", "2300")) {
            loop = findLoop(map.section(section), loopId);
            if (loop != null) {
                break;
            }
        }
        if (loop == null && loopId.equals("HEADER")) {
            loop = map.section(GuideMap.HEADER);
        }
        String[] e = segmentText.split("\\*", -1);
        for (Object c : loop.children()) {
            SegmentSpec s = c instanceof Loop l ? null : (SegmentSpec) c;
            if (s == null && c == loop.children()[0]) {
                continue;
            }
            if (s != null && s.tag().equals(e[0]) && (s.keyCodes() == null || java.util.Arrays.asList(s.keyCodes())
                    .contains(key(e, s)))) {
                return s;
            }
        }
        SegmentSpec start = loop.start();
        if (start.tag().equals(e[0])) {
            return start;
        }
        throw new IllegalStateException("no spec for " + loopId + " " + segmentText);
    }

    private static String key(String[] elements, SegmentSpec s) {
        if (s.keyElement() >= elements.length) {
            return "";
        }
        String v = elements[s.keyElement()];
        return s.keyComponent() == 0 ? v : v.split(":", -1)[0];
    }

    static ElementSpec[] elements(SegmentSpec s) {
        return s.elements();
    }
}

package org.scrub837.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.scrub837.model.ClaimType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One implementation guide as data (837P 005010X222A1 or 837I 005010X223A2): the loops a claim's
 * parts are read in (header, 2000A, 2000B, 2000C, 2300), their segments and elements, loaded from the
 * data file {@code scripts/guide/convert_pyx12.py} writes under this package's resources. Immutable
 * once loaded, shared by every thread.
 */
final class GuideMap {

    /** The section names: where the reader splits a transaction (ST, each HL by HL03, CLM). */
    static final String HEADER = "header";


    final String guide;
    private final Map<String, Loop> sections = new HashMap<>();
    /** Elements with a code list, segments and loops: what the mutation test walks. */
    final int elementCount;

    private GuideMap(JsonNode doc) {
        guide = doc.get("guide").asText();
        int[] elements = {0};
        doc.get("sections").fields().forEachRemaining(e -> sections.put(e.getKey(), loop(e.getValue(), elements)));
        elementCount = elements[0];
    }

    /** The guide of a claim type, loaded once (no lock on the hot path: the holder's class initialisation). */
    static GuideMap of(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL ? Loaded.INSTITUTIONAL : Loaded.PROFESSIONAL;
    }

    private static final class Loaded {
        static final GuideMap PROFESSIONAL = load("837P-005010X222A1.json");
        static final GuideMap INSTITUTIONAL = load("837I-005010X223A2.json");
    }

    private static GuideMap load(String resource) {
        try (InputStream in = GuideMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("guide data missing from the build: " + resource);
            }
            return new GuideMap(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loop a section starts: "header", "2000A", "2000B", "2000C" or "2300". */
    Loop section(String name) {
        return sections.get(name);
    }

    private static Loop loop(JsonNode n, int[] elements) {
        List<Object> children = new ArrayList<>();
        for (JsonNode c : n.get("children")) {
            children.add("loop".equals(c.get("kind").asText()) ? loop(c, elements) : segment(c, elements));
        }
        Object[] array = children.toArray();
        keyOnlyWhereNeeded(array);
        return new Loop(n.get("id").asText(), n.get("name").asText(), usage(n), n.get("repeat").asInt(), array);
    }

    /**
     * A qualifier tells a segment apart only from siblings with its tag (segments of the loop and the
     * segments that start its child loops); where the tag is the only one of its kind, the segment is
     * placed by its tag and a wrong qualifier is reported as the element's code, not as a segment the
     * guide has no place for. A single qualifier names the segment (REF*EI, DTP*472) and stays its key.
     */
    private static void keyOnlyWhereNeeded(Object[] children) {
        Map<String, Integer> tags = new HashMap<>();
        for (int k = 1; k < children.length; k++) {
            tags.merge(startOf(children[k]).tag(), 1, Integer::sum);
        }
        for (int k = 1; k < children.length; k++) {
            SegmentSpec spec = startOf(children[k]);
            if (spec.keyCodes() != null && spec.keyCodes().length > 1 && tags.get(spec.tag()) == 1) {
                SegmentSpec unkeyed = new SegmentSpec(spec.tag(), spec.name(), spec.usage(), spec.maxUse(), 0, 0,
                        null, null, spec.elements(), spec.syntax(), spec.missing(), spec.wrongQualifier());
                if (children[k] instanceof Loop child) {
                    child.children()[0] = unkeyed;
                } else {
                    children[k] = unkeyed;
                }
            }
        }
    }

    private static SegmentSpec startOf(Object child) {
        return child instanceof Loop l ? l.start() : (SegmentSpec) child;
    }

    private static SegmentSpec segment(JsonNode n, int[] elements) {
        JsonNode key = n.get("key");
        List<ElementSpec> list = new ArrayList<>();
        for (JsonNode e : n.get("elements")) {
            list.add(element(e, elements));
        }
        List<String> notes = new ArrayList<>();
        if (n.has("syntax")) {
            n.get("syntax").forEach(s -> notes.add(s.asText()));
        }
        return new SegmentSpec(n.get("tag").asText(), n.get("name").asText(), usage(n), n.get("maxUse").asInt(),
                key == null ? 0 : key.get("element").asInt(), key == null ? 0 : key.get("component").asInt(),
                key == null ? null : strings(key.get("codes")),
                key == null ? null : GuideCodeList.of(strings(key.get("codes"))), list.toArray(new ElementSpec[0]),
                notes.toArray(new String[0]), n.has("missing") ? n.get("missing").asText() : null,
                n.has("wrongQualifier") ? n.get("wrongQualifier").asText() : null);
    }

    private static ElementSpec element(JsonNode n, int[] elements) {
        elements[0]++;
        ElementSpec[] components = null;
        if (n.has("components")) {
            List<ElementSpec> list = new ArrayList<>();
            for (JsonNode c : n.get("components")) {
                list.add(element(c, elements));
            }
            components = list.toArray(new ElementSpec[0]);
        }
        String type = n.has("type") ? n.get("type").asText() : null;
        return new ElementSpec(n.get("seq").asInt(), n.get("name").asText(), usage(n),
                n.has("ref") ? n.get("ref").asText() : null, type, kind(type),
                n.has("min") ? n.get("min").asInt() : 0, n.has("max") ? n.get("max").asInt() : 0,
                n.has("codes") ? strings(n.get("codes")) : null,
                n.has("codes") ? GuideCodeList.of(strings(n.get("codes"))) : null,
                n.has("regex") ? Pattern.compile(n.get("regex").asText()) : null,
                n.has("fix") ? n.get("fix").asText() : null, n.has("missing") ? n.get("missing").asText() : null,
                components);
    }

    /** The type as the walker checks it: R real, N a number with implied decimals (N0, N2), D date, T time, A any other. */
    private static char kind(String type) {
        if (type == null) {
            return 'A';
        }
        if (type.equals("R")) {
            return 'R';
        }
        if (type.length() == 2 && type.charAt(0) == 'N') {
            return 'N';
        }
        return type.equals("DT") ? 'D' : type.equals("TM") ? 'T' : 'A';
    }

    private static char usage(JsonNode n) {
        return n.get("usage").asText().charAt(0);
    }

    /** Sorted (the converter sorts; sorted again so a hand edit cannot break the binary search). */
    private static String[] strings(JsonNode array) {
        String[] s = new String[array.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = array.get(i).asText();
        }
        java.util.Arrays.sort(s);
        return s;
    }

    /**
     * A loop: its first child is the segment that starts it.
     *
     * @param usage    R required, S situational, N not used
     * @param repeat   how often it may occur in a row under its parent; -1 unbounded
     * @param children {@link SegmentSpec}s and {@link Loop}s in guide order
     */
    record Loop(String id, String name, char usage, int repeat, Object[] children) {

        SegmentSpec start() {
            return (SegmentSpec) children[0];
        }
    }

    /**
     * A segment of a loop.
     *
     * @param maxUse       -1 unbounded
     * @param keyElement   the element that tells it apart from segments with the same tag (0: none)
     * @param keyComponent the key's component within a composite (0: not a composite)
     * @param keyCodes     the key values that select this segment, sorted
     * @param keyList      the same, for the look-up in place
     * @param syntax       the standard's syntax notes as the guide prints them, e.g. P0809
     * @param missing      a plain message replacing the generic one when the segment, or the loop it
     *                     starts, is missing; or null
     * @param wrongQualifier a plain message replacing the generic one when a segment of this tag in this
     *                     loop carries a qualifier the guide does not allow here ({value}: what was sent); or null
     */
    record SegmentSpec(String tag, String name, char usage, int maxUse, int keyElement, int keyComponent,
            String[] keyCodes, GuideCodeList keyList, ElementSpec[] elements, String[] syntax, String missing,
            String wrongQualifier) {
    }

    /**
     * An element or a component.
     *
     * @param seq        its position (element in its segment, component in its composite)
     * @param reference  the data element number, null for a composite
     * @param type       AN, ID, N0, N2, R, DT, TM; null for a composite
     * @param kind       the type as the walker checks it (see {@link #kind(String)})
     * @param codes      the values the guide allows, sorted; null when it lists none
     * @param codeList   the same, for the look-up in place
     * @param pattern    a shape the guide fixes, or null
     * @param fix        a plain fix message replacing the generic one, or null
     * @param missing    a plain message replacing the generic one when the required element is empty, or null
     * @param components a composite's components, else null
     */
    record ElementSpec(int seq, String name, char usage, String reference, String type, char kind, int min, int max,
            String[] codes, GuideCodeList codeList, Pattern pattern, String fix, String missing,
            ElementSpec[] components) {
    }
}

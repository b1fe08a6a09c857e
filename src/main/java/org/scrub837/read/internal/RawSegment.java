package org.scrub837.read.internal;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.Delimiters;

/**
 * A segment as reassembled from StAEDI events: every element by position, each with its
 * repetitions and their components, empty values kept. Index arguments are 1-based as in X12
 * (element 1 = SV101).
 */
final class RawSegment {

    private final String tag;
    /** elements[i] = repetitions of element i+1; each repetition = its components. */
    private final List<List<List<String>>> elements = new ArrayList<>();

    RawSegment(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    int elementCount() {
        return elements.size();
    }

    /** Stores a value at element, repetition (1-based) and component (1-based; 0 or less = simple element). */
    void put(int element, int repetition, int component, String value) {
        while (elements.size() < element) {
            elements.add(new ArrayList<>(1));
        }
        List<List<String>> reps = elements.get(element - 1);
        int rep = Math.max(repetition, 1);
        while (reps.size() < rep) {
            reps.add(new ArrayList<>(1));
        }
        List<String> comps = reps.get(rep - 1);
        int comp = Math.max(component, 1);
        while (comps.size() < comp) {
            comps.add("");
        }
        comps.set(comp - 1, value);
    }

    /** Makes an element repetition exist, empty, e.g. for a composite sent without any component. */
    void touch(int element, int repetition) {
        while (elements.size() < element) {
            elements.add(new ArrayList<>(1));
        }
        List<List<String>> reps = elements.get(element - 1);
        while (reps.size() < Math.max(repetition, 1)) {
            reps.add(new ArrayList<>(1));
        }
        List<String> comps = reps.get(Math.max(repetition, 1) - 1);
        if (comps.isEmpty()) {
            comps.add("");
        }
    }

    /** The first component of the first repetition of an element, "" when absent. */
    String element(int element) {
        return component(element, 1);
    }

    /** A component of the first repetition of an element, "" when absent. */
    String component(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        List<List<String>> reps = elements.get(element - 1);
        if (reps.isEmpty()) {
            return "";
        }
        List<String> comps = reps.get(0);
        return component >= 1 && component <= comps.size() ? comps.get(component - 1) : "";
    }

    /** Number of repetitions sent of an element (0 when absent). */
    int repetitionCount(int element) {
        return element < 1 || element > elements.size() ? 0 : elements.get(element - 1).size();
    }

    /** Number of components sent in the first repetition of an element. */
    int componentCount(int element) {
        if (element < 1 || element > elements.size() || elements.get(element - 1).isEmpty()) {
            return 0;
        }
        return elements.get(element - 1).get(0).size();
    }

    /** Tag and elements joined with the interchange's own delimiters, without terminator. */
    String text(Delimiters delimiters) {
        StringBuilder sb = new StringBuilder(tag.length() + elements.size() * 8);
        sb.append(tag);
        for (List<List<String>> reps : elements) {
            sb.append(delimiters.element());
            for (int r = 0; r < reps.size(); r++) {
                if (r > 0) {
                    sb.append(delimiters.repetition());
                }
                List<String> comps = reps.get(r);
                for (int c = 0; c < comps.size(); c++) {
                    if (c > 0) {
                        sb.append(delimiters.component());
                    }
                    sb.append(comps.get(c));
                }
            }
        }
        return sb.toString();
    }
}

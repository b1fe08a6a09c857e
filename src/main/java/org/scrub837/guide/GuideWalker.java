package org.scrub837.guide;

import static org.scrub837.guide.GuideRuleIds.CODE;
import static org.scrub837.guide.GuideRuleIds.DATE;
import static org.scrub837.guide.GuideRuleIds.FORMAT;
import static org.scrub837.guide.GuideRuleIds.REQUIRED;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.scrub837.guide.GuideMap.ElementSpec;
import org.scrub837.guide.GuideMap.Loop;
import org.scrub837.guide.GuideMap.SegmentSpec;
import org.scrub837.model.Delimiters;
import org.scrub837.model.Segment;

/**
 * The one generic guide check: walks the segments of one part of a transaction (its header, a
 * 2000A/2000B/2000C level, a 2300 claim with its lines) as the reader already holds them, places
 * each segment in its loop from the guide's data ({@link GuideMap}) and checks what the data says:
 * loop and segment usage and repeats, element and component usage (required, not used), lengths,
 * types, code values, patterns and the standard's syntax notes. The guide's situational notes and the
 * checks beyond the guide are the named classes beside it.
 *
 * <p>Runs per segment on the hot path: the loop stack and counters are reused arrays, values are
 * compared in place through the {@link SegmentView}; only a finding allocates. One per thread.
 */
final class GuideWalker {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_CHILDREN = 256;
    /** The id the guide data gives the transaction header's section. */
    private static final String HEADER = "HEADER";

    private final Loop[] loops = new Loop[MAX_DEPTH];
    /** For each loop on the stack, what the walker precomputed for it (see {@link LoopIndex}). */
    private final LoopIndex[] indexed = new LoopIndex[MAX_DEPTH];
    /** The index of every loop this walker has entered, built once per loop (the guide data is immutable). */
    private final Map<Loop, LoopIndex> indexes = new IdentityHashMap<>();
    private final int[][] counts = new int[MAX_DEPTH][MAX_CHILDREN];
    /** For each loop on the stack, the position of the segment that started it: where what it lacks is reported. */
    private final int[] starts = new int[MAX_DEPTH];
    /** For each loop on the stack, the index of its child loop that is open (0: none). */
    private final int[] open = new int[MAX_DEPTH];
    private int depth;
    private int line;
    private GuideReport report;
    private SegmentView view;
    /** The named segment checks' seam for the part being walked, or null (the header has none). */
    private PlacedSegment placed;

    /**
     * Checks one section and adds its findings to {@code report}.
     *
     * @param section  the loop the segments start, from the guide data
     * @param segments the section's segments as read, its starting segment first
     */
    void walk(Loop section, List<Segment> segments, Delimiters d, SegmentView v, GuideReport r) {
        walk(section, segments, d, v, r, null);
    }

    /**
     * Checks one section, and runs the named segment checks of {@code named} on each segment as it is
     * placed (the seam that shares the loop the walker places a segment in).
     */
    void walk(Loop section, List<Segment> segments, Delimiters d, SegmentView v, GuideReport r, PlacedSegment named) {
        if (section == null || segments.isEmpty()) {
            return;
        }
        report = r;
        view = v;
        placed = named;
        line = 0;
        depth = 0;
        loops[0] = section;
        indexed[0] = index(section);
        Arrays.fill(counts[0], 0);
        counts[0][0] = 1;
        Segment first = segments.get(0);
        starts[0] = first.position();
        open[0] = 0;
        v.of(first, d);
        named(indexed[0], 0, section.id(), first.position());
        elements(section.start(), section.id(), first.position());
        for (int i = 1; i < segments.size(); i++) {
            Segment s = segments.get(i);
            v.of(s, d);
            place(s);
        }
        while (depth >= 0) {
            close();
            depth--;
        }
        report = null;
        view = null;
        placed = null;
    }

    /**
     * Runs the named checks of the tag of child {@code k} of the loop (0: the segment that starts it),
     * before the data's element checks of the segment so that their plainer message is the one kept
     * for an element both report. Nothing allocated; the edits of each child are looked up once per loop.
     */
    private void named(LoopIndex index, int k, String loopId, int position) {
        if (placed == null) {
            return;
        }
        SegmentEdit[] edits = index.edits(placed.edits(), k);
        for (SegmentEdit edit : edits) {
            placed.at(loopId, line, position, view);
            edit.check(placed, report);
        }
    }

    /**
     * The children of a loop (after its starting segment) whose tag is one tag, in guide order:
     * the segments, and the loops that such a segment starts. Placing a segment looks at these only,
     * in the order a scan of all the children would meet them.
     */
    private record Candidates(int[] segments, int[] loops) {
    }

    /**
     * What the walker precomputes once per loop: its children by tag, the children the guide requires
     * (all a closing loop looks at), and the named segment edits of each child's tag.
     */
    private static final class LoopIndex {
        final Map<String, Candidates> byTag;
        /** The children (after the start) whose usage is R, in guide order. */
        final int[] required;
        private final String[] tags;
        private SegmentEdit[] editsFor;
        private SegmentEdit[][] edits;

        LoopIndex(Loop loop) {
            Object[] children = loop.children();
            tags = new String[children.length];
            Map<String, int[][]> build = new HashMap<>();
            int[] req = new int[children.length];
            int n = 0;
            for (int k = 0; k < children.length; k++) {
                boolean segment = children[k] instanceof SegmentSpec;
                SegmentSpec spec = segment ? (SegmentSpec) children[k] : ((Loop) children[k]).start();
                tags[k] = spec.tag();
                if (k == 0) {
                    continue;
                }
                if (segment ? spec.usage() == 'R' : ((Loop) children[k]).usage() == 'R') {
                    req[n++] = k;
                }
                int[][] lists = build.computeIfAbsent(spec.tag(), t -> new int[][] {new int[0], new int[0]});
                int which = segment ? 0 : 1;
                lists[which] = Arrays.copyOf(lists[which], lists[which].length + 1);
                lists[which][lists[which].length - 1] = k;
            }
            required = Arrays.copyOf(req, n);
            Map<String, Candidates> index = new HashMap<>();
            for (Map.Entry<String, int[][]> e : build.entrySet()) {
                index.put(e.getKey(), new Candidates(e.getValue()[0], e.getValue()[1]));
            }
            byTag = index;
        }

        /** The edits among {@code all} whose tag is child {@code k}'s, in the order of {@code all}. */
        SegmentEdit[] edits(SegmentEdit[] all, int k) {
            if (editsFor != all) {
                edits = new SegmentEdit[tags.length][];
                for (int c = 0; c < tags.length; c++) {
                    int n = 0;
                    SegmentEdit[] mine = new SegmentEdit[all.length];
                    for (SegmentEdit edit : all) {
                        if (edit.reads(tags[c])) {
                            mine[n++] = edit;
                        }
                    }
                    edits[c] = Arrays.copyOf(mine, n);
                }
                editsFor = all;
            }
            return edits[k];
        }
    }

    private LoopIndex index(Loop loop) {
        LoopIndex index = indexes.get(loop);
        if (index == null) {
            index = new LoopIndex(loop);
            indexes.put(loop, index);
        }
        return index;
    }

    /**
     * Places a segment in the current loop or, closing loops, in an enclosing one. An enclosing loop
     * takes it only at or after its child loop that is open: a segment the guide places before that
     * loop (a claim's DTP*431 after its service lines) is out of place, not the start of a new part of
     * the enclosing loop.
     */
    private void place(Segment s) {
        String tag = s.tag();
        for (int d = depth; d >= 0; d--) {
            Candidates candidates = indexed[d].byTag.get(tag);
            if (candidates == null) {
                continue;
            }
            Loop loop = loops[d];
            Object[] children = loop.children();
            int after = d < depth ? open[d] : 0;
            int match = 0;
            for (int k : candidates.segments()) {
                SegmentSpec spec = (SegmentSpec) children[k];
                if (k > after && keyMatches(spec)) {
                    if (match == 0) {
                        match = k;
                    } else if (!fits((SegmentSpec) children[match]) && fits(spec)) {
                        match = k; // the key is shared (PWK01 CT): the sibling whose codes the segment fits
                    }
                }
            }
            if (match > 0) {
                closeTo(d);
                segmentUse(loop, match, (SegmentSpec) children[match], s.position());
                return;
            }
            for (int k : candidates.loops()) {
                Loop child = (Loop) children[k];
                if (k >= after && keyMatches(child.start())) {
                    closeTo(d);
                    loopUse(loop, k, child, s);
                    return;
                }
            }
        }
        misplaced(s);
    }

    /** Whether every element of the segment that the spec gives a code list holds one of its codes. */
    private boolean fits(SegmentSpec spec) {
        for (ElementSpec e : spec.elements()) {
            if (e.components() == null && e.codes() != null && view.select(e.seq(), 0) && !e.codeList().contains(view)) {
                return false;
            }
        }
        return true;
    }

    private boolean keyMatches(SegmentSpec spec) {
        return spec.keyCodes() == null
                || (view.select(spec.keyElement(), spec.keyComponent()) && spec.keyList().contains(view));
    }

    /** Closes the loops below depth {@code d}: the segment being placed belongs to loop d or a new child of it. */
    private void closeTo(int d) {
        while (depth > d) {
            close();
            depth--;
        }
    }

    private void segmentUse(Loop loop, int k, SegmentSpec spec, int position) {
        int used = ++counts[depth][k];
        String loopId = loop.id();
        named(indexed[depth], k, loopId, position);
        if (spec.usage() == 'N') {
            report.segment(REQUIRED, line(loopId), position,
                    ackLoop(loopId), spec.tag(), "I4", true, where(loopId) + " "
                    + label(spec) + ": the guide does not use the " + spec.name() + " segment here; leave it out.");
            return;
        }
        if (spec.maxUse() > 0 && used > spec.maxUse()) {
            report.segment(REQUIRED, line(loopId), position, ackLoop(loopId), spec.tag(), "5", true, where(loopId) + " "
                    + label(spec) + ": the " + spec.name() + " segment is sent " + used + " times; the guide allows it "
                    + times(spec.maxUse()) + " in this loop. Remove the extra one.");
        }
        elements(spec, loopId, position);
    }

    private void loopUse(Loop parent, int k, Loop child, Segment s) {
        int used = ++counts[depth][k];
        open[depth] = k;
        depth++;
        open[depth] = 0;
        loops[depth] = child;
        indexed[depth] = index(child);
        Arrays.fill(counts[depth], 0, child.children().length, 0);
        counts[depth][0] = 1;
        starts[depth] = s.position();
        if ("LX".equals(s.tag())) {
            line = lineNumber();
        }
        SegmentSpec start = child.start();
        named(indexed[depth], 0, child.id(), s.position());
        if (child.usage() == 'N') {
            report.segment(REQUIRED, line(child.id()), s.position(),
                    child.id(), start.tag(), "I5", true, where(child.id()) + " "
                    + label(start) + ": the guide does not use the " + child.name() + " loop here; leave it out.");
            return;
        }
        if (child.repeat() > 0 && used > child.repeat()) {
            report.segment(REQUIRED, line(child.id()), s.position(),
                    child.id(), start.tag(), "4", true, where(child.id()) + " "
                    + label(start) + ": the " + child.name() + " loop is sent " + used + " times under "
                    + parent.id() + "; the guide allows it " + times(child.repeat()) + ". Remove the extra one.");
        }
        elements(start, child.id(), s.position());
    }

    /**
     * The loop at the top of the stack ends: its required segments and loops must have come. What it
     * lacks is reported at the segment that started it (the loop's HL, NM1, CLM or LX), with the data's
     * plain message when it has one.
     */
    private void close() {
        Loop loop = loops[depth];
        int position = starts[depth];
        Object[] children = loop.children();
        int[] used = counts[depth];
        for (int k : indexed[depth].required) {
            if (used[k] > 0) {
                continue;
            }
            if (children[k] instanceof SegmentSpec spec && spec.usage() == 'R') {
                report.segment(REQUIRED, line(loop.id()), position,
                        ackLoop(loop.id()), spec.tag(), GuideReport.SEGMENT_MISSING,
                        true, where(loop.id()) + " " + label(spec) + ": " + (spec.missing() != null ? spec.missing()
                                : "the " + spec.name() + " segment is missing; the guide requires it in this loop."));
            } else if (children[k] instanceof Loop child && child.usage() == 'R') {
                report.segment(REQUIRED, line(loop.id()), position,
                        child.id(), child.start().tag(), GuideReport.LOOP_MISSING,
                        true, where(child.id()) + " " + label(child.start()) + ": " + (child.start().missing() != null
                                ? child.start().missing() : "the " + child.name() + " loop is missing; the guide"
                                        + " requires it under " + loop.id() + "."));
            }
        }
    }

    /**
     * A segment the data places nowhere on the loop stack. When segments of its tag are told apart by
     * a qualifier, the qualifier is wrong: when a required one of them has not come yet, it is that
     * required segment that is missing (reported when its loop closes); otherwise the segment is
     * counted as the first of them and its qualifier reported. Otherwise the guide has no such
     * segment in this loop.
     */
    private void misplaced(Segment s) {
        String loopId = loops[depth].id();
        for (int d = depth; d >= 0; d--) {
            Object[] children = loops[d].children();
            int candidate = 0;
            for (int k = 1; k < children.length; k++) {
                SegmentSpec spec = children[k] instanceof Loop l ? l.start() : (SegmentSpec) children[k];
                if (spec.tag().equals(s.tag()) && spec.keyCodes() != null) {
                    if (spec.usage() == 'R' && counts[d][k] == 0) {
                        return;
                    }
                    if (candidate == 0) {
                        candidate = k;
                    }
                }
            }
            if (candidate > 0) {
                wrongQualifier(s, d, candidate, loopId);
                return;
            }
        }
        report.segment(REQUIRED, line(loopId), s.position(), ackLoop(loopId), s.tag(), "2", true, where(loopId) + " "
                + s.tag() + ": the guide has no " + s.tag() + " segment in this loop; leave it out or send it in its"
                + " own loop.");
    }

    private void wrongQualifier(Segment s, int d, int candidate, String loopId) {
        Set<String> qualifiers = new TreeSet<>();
        String fix = null;
        for (Object child : loops[d].children()) {
            SegmentSpec spec = child instanceof Loop l ? l.start() : (SegmentSpec) child;
            if (spec.tag().equals(s.tag()) && spec.keyCodes() != null) {
                qualifiers.addAll(Arrays.asList(spec.keyCodes()));
                fix = fix == null ? spec.wrongQualifier() : fix;
            }
        }
        Object child = loops[d].children()[candidate];
        SegmentSpec keyed = child instanceof Loop l ? l.start() : (SegmentSpec) child;
        if (child instanceof SegmentSpec) {
            closeTo(d);
            counts[d][candidate]++;
        }
        view.select(keyed.keyElement(), keyed.keyComponent());
        String value = view.selected();
        ElementSpec key = keyed.elements()[keyed.keyElement() - 1];
        Integer component = keyed.keyComponent() == 0 ? null : keyed.keyComponent();
        String reference = component == null ? key.reference() : key.components()[0].reference();
        report.element(CODE, line(loopId), s.position(),
                ackLoop(loopId), s.tag(), keyed.keyElement(), component, reference,
                GuideReport.INVALID_CODE, true, where(loopId) + " " + s.tag() + name(keyed.keyElement(), component)
                        + ": " + (fix != null ? fix.replace("{value}", value) : "'" + value + "' is not a qualifier the"
                                + " guide allows for a " + s.tag() + " segment here; use "
                                + list(qualifiers.toArray(new String[0])) + "."));
    }

    private void elements(SegmentSpec spec, String loopId, int position) {
        for (ElementSpec e : spec.elements()) {
            int i = e.seq();
            if (e.components() == null) {
                if (!view.select(i, 0)) {
                    if (e.usage() == 'R') {
                        missing(spec, loopId, position, e, i, null);
                    }
                } else if (e.usage() == 'N') {
                    notUsed(spec, loopId, position, e, i, null);
                } else {
                    value(spec, loopId, position, e, i, null);
                }
                continue;
            }
            if (!view.present(i)) {
                if (e.usage() == 'R') {
                    // the 999 names an element by its data element number, which a composite has not
                    // (C003 is no number): a missing composite is reported on its first required component
                    ElementSpec first = firstRequired(e);
                    missing(spec, loopId, position, first == null ? e : first, i, first == null ? null : first.seq());
                }
                continue;
            }
            if (e.usage() == 'N') {
                notUsed(spec, loopId, position, e, i, null);
                continue;
            }
            view.splitComponents(i);
            for (ElementSpec c : e.components()) {
                if (!view.selectComponent(c.seq())) {
                    if (c.usage() == 'R') {
                        missing(spec, loopId, position, c, i, c.seq());
                    }
                } else if (c.usage() == 'N') {
                    notUsed(spec, loopId, position, c, i, c.seq());
                } else {
                    value(spec, loopId, position, c, i, c.seq());
                }
            }
        }
        for (String note : spec.syntax()) {
            syntaxNote(spec, loopId, position, note);
        }
    }

    /** The selected value of element {@code i} (component {@code component}) against its type, length, codes and pattern. */
    private void value(SegmentSpec spec, String loopId, int position, ElementSpec e, int i, Integer component) {
        char kind = e.kind();
        int length = view.selectedLength();
        boolean numeric = kind == 'R' || kind == 'N';
        if (numeric) {
            int digits = 0;
            int points = 0;
            boolean ok = length > 0;
            for (int k = 0; k < length && ok; k++) {
                char ch = view.selectedChar(k);
                if (ch >= '0' && ch <= '9') {
                    digits++;
                } else if (ch == '.' && kind == 'R') {
                    points++;
                } else if (!(ch == '-' && k == 0)) {
                    ok = false;
                }
            }
            if (!ok || digits == 0 || points > 1) {
                report(FORMAT, spec, loopId, position, e, i, component, "6", "the " + e.name() + " must be a number, e.g. "
                        + (kind == 'R' ? "125.50" : "3") + ".");
                return;
            }
            length = digits;
        } else if (kind == 'D') {
            if (length != 8 || view.selectedDate() < 0) {
                report(DATE, spec, loopId, position, e, i, component, "8", "the " + e.name()
                        + " must be a real date, CCYYMMDD.");
                return;
            }
        } else if (kind == 'T') {
            if (!time(length)) {
                report(DATE, spec, loopId, position, e, i, component, "9", "the " + e.name()
                        + " must be a time, HHMM (24 hours).");
                return;
            }
        }
        if (length < e.min() || length > e.max()) {
            report(FORMAT, spec, loopId, position, e, i, component, length < e.min() ? "4" : "5",
                    "the " + e.name() + " has " + length + (numeric ? " digits" : " characters") + "; the guide allows "
                            + (e.min() == e.max() ? e.min() : e.min() + " to " + e.max()) + ".");
            return;
        }
        if (e.codes() != null && !e.codeList().contains(view)) {
            report(CODE, spec, loopId, position, e, i, component, GuideReport.INVALID_CODE,
                    "'" + view.selected() + "' is not a valid " + e.name() + " here; use " + list(e.codes()) + ".");
            return;
        }
        if (e.pattern() != null && !e.pattern().matcher(view.selected()).matches()) {
            report(FORMAT, spec, loopId, position, e, i, component, GuideReport.PATTERN,
                    "the " + e.name() + " does not have the shape the guide requires.");
        }
    }

    private boolean time(int length) {
        if (length != 4 && length != 6 && length != 7 && length != 8) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char ch = view.selectedChar(k);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        int hours = (view.selectedChar(0) - '0') * 10 + view.selectedChar(1) - '0';
        int minutes = (view.selectedChar(2) - '0') * 10 + view.selectedChar(3) - '0';
        return hours < 24 && minutes < 60;
    }

    /**
     * The standard's syntax notes as the guide prints them: P (paired: all or none), R (at least
     * one), C (if the first, then all others), L (if the first, then at least one other), E (at most
     * one). Each is a letter and two-digit element positions.
     */
    private void syntaxNote(SegmentSpec spec, String loopId, int position, String note) {
        char kind = note.charAt(0);
        int n = (note.length() - 1) / 2;
        int present = 0;
        int firstMissing = 0;
        int secondPresent = 0;
        for (int k = 0; k < n; k++) {
            int element = (note.charAt(1 + 2 * k) - '0') * 10 + note.charAt(2 + 2 * k) - '0';
            if (view.present(element)) {
                present++;
                if (present == 2) {
                    secondPresent = element;
                }
            } else if (firstMissing == 0) {
                firstMissing = element;
            }
        }
        int firstElement = (note.charAt(1) - '0') * 10 + note.charAt(2) - '0';
        boolean firstPresent = view.present(firstElement);
        String problem = null;
        int at = firstMissing;
        String code = "2"; // IK403 2: conditional required data element missing
        switch (kind) {
            case 'P' -> problem = present > 0 && present < n ? "are sent together or not at all" : null;
            case 'R' -> {
                problem = present == 0 ? "at least one of them is required" : null;
                at = firstElement;
            }
            case 'C' -> problem = firstPresent && present < n ? "are required when " + spec.tag()
                    + GuideReport.twoDigits(firstElement) + " is sent" : null;
            case 'L' -> problem = firstPresent && present < 2 ? "at least one other is required when " + spec.tag()
                    + GuideReport.twoDigits(firstElement) + " is sent" : null;
            case 'E' -> {
                problem = present > 1 ? "only one of them may be sent" : null;
                at = secondPresent;
                code = "10"; // IK403 10: exclusion condition violated
            }
            default -> problem = null;
        }
        if (problem == null || at == 0) {
            return;
        }
        ElementSpec e = at <= spec.elements().length ? spec.elements()[at - 1] : null;
        report.element(REQUIRED, line(loopId), position, ackLoop(loopId), spec.tag(), at, null,
                e == null ? null : e.reference(), code, true, where(loopId) + " " + spec.tag()
                        + GuideReport.twoDigits(at) + ": elements " + notePositions(spec, note)
                        + " " + problem + " (syntax note " + note + ").");
    }

    private static String notePositions(SegmentSpec spec, String note) {
        StringBuilder b = new StringBuilder();
        for (int k = 1; k + 1 < note.length(); k += 2) {
            b.append(b.length() == 0 ? "" : ", ").append(spec.tag()).append(note, k, k + 2);
        }
        return b.toString();
    }

    /**
     * A required element or component left empty. The data's plain message for it, else its fix message
     * when that does not quote the value sent (there is none), else the generic one.
     */
    private void missing(SegmentSpec spec, String loopId, int position, ElementSpec e, int i, Integer component) {
        String plain = e.missing() != null ? e.missing()
                : e.fix() != null && !e.fix().contains("{value}") ? e.fix() : null;
        report.element(REQUIRED, line(loopId), position, ackLoop(loopId), spec.tag(), i, component, e.reference(),
                GuideReport.ELEMENT_MISSING, true, where(loopId) + " " + spec.tag() + name(i, component) + ": "
                        + (plain != null ? plain : "the guide requires the " + e.name() + "; it is empty."));
    }

    private static ElementSpec firstRequired(ElementSpec composite) {
        for (ElementSpec c : composite.components()) {
            if (c.usage() == 'R') {
                return c;
            }
        }
        return null;
    }

    private void notUsed(SegmentSpec spec, String loopId, int position, ElementSpec e, int i, Integer component) {
        report.element(REQUIRED, line(loopId), position,
                ackLoop(loopId), spec.tag(), i, component, e.reference(), "I10",
                true, where(loopId) + " " + spec.tag() + name(i, component) + ": the guide does not use the " + e.name()
                        + " here; leave it empty.");
    }

    /** A value breaking its element's rule; the data's plain fix message, when it has one, says what to send ({value}: what was sent). */
    private void report(String rule, SegmentSpec spec, String loopId, int position, ElementSpec e, int i,
            Integer component, String code, String problem) {
        report.element(rule, line(loopId), position,
                ackLoop(loopId), spec.tag(), i, component, e.reference(), code, true,
                where(loopId) + " " + spec.tag() + name(i, component) + ": " + (e.fix() != null
                        ? e.fix().replace("{value}", view.selected()) : problem));
    }

    /** LX01 as a number, read in place; 0 when it is not one (the walker reports it). */
    private int lineNumber() {
        if (!view.select(1, 0) || view.selectedLength() > 6) {
            return 0;
        }
        int n = 0;
        for (int k = 0; k < view.selectedLength(); k++) {
            char ch = view.selectedChar(k);
            if (ch < '0' || ch > '9') {
                return 0;
            }
            n = n * 10 + ch - '0';
        }
        return n;
    }

    /** The service line a finding in this loop belongs to: the line's LX01 inside 2400 and its loops, else none. */
    private Integer line(String loopId) {
        return line != 0 && loopId.startsWith("24") ? line : null;
    }

    /**
     * How a message names where a segment is: the loop id, "2400 line 3" inside a service line and its
     * loops (the user finds a line by its number), "Header" for the transaction header (not a loop).
     */
    private String where(String loopId) {
        if (HEADER.equals(loopId)) {
            return "Header";
        }
        return line(loopId) != null ? loopId + " line " + line : loopId;
    }

    /** The loop id the 999 reports (IK303): none for the transaction header, which is not a loop. */
    private static String ackLoop(String loopId) {
        return HEADER.equals(loopId) ? "" : loopId;
    }

    private static String name(int element, Integer component) {
        return GuideReport.twoDigits(element) + (component == null ? "" : "-" + component);
    }

    /** TAG or TAG*QUALIFIER when one qualifier selects the segment. */
    private static String label(SegmentSpec spec) {
        return spec.keyCodes() != null && spec.keyCodes().length == 1 && spec.keyComponent() == 0
                && spec.keyElement() == 1 ? spec.tag() + "*" + spec.keyCodes()[0] : spec.tag();
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }

    private static String list(String[] codes) {
        if (codes.length == 1) {
            return "'" + codes[0] + "'";
        }
        if (codes.length > 20) {
            return "one of the guide's " + codes.length + " codes for it";
        }
        return "one of " + String.join(", ", codes);
    }
}

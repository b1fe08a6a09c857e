package org.scrub837.guide;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.SyntaxIssue;

/**
 * Collects the guide findings of one part of a transaction (its header, a level, a claim), each with
 * the 999 IK3/IK4 it stands for. The 999 part never carries claim values: only tags, positions,
 * loop ids and codes.
 */
final class GuideReport {

    /** IK304: required segment missing. */
    static final String SEGMENT_MISSING = "3";
    /** IK304: implementation dependent segment missing (situationally required). */
    static final String DEPENDENT_SEGMENT_MISSING = "I6";
    /** IK304: implementation loop occurs under minimum times (a required loop is absent). */
    static final String LOOP_MISSING = "I7";
    /** IK304: implementation "not used" segment present. */
    static final String NOT_USED_SEGMENT = "I4";
    /** IK403: required data element missing. */
    static final String ELEMENT_MISSING = "1";
    /** IK403: invalid code value. */
    static final String INVALID_CODE = "7";
    /** IK403: invalid date. */
    static final String INVALID_DATE = "8";
    /** IK403: implementation dependent data element missing. */
    static final String DEPENDENT_ELEMENT_MISSING = "I9";
    /** IK403: implementation pattern match failure. */
    static final String PATTERN = "I12";
    /** IK403: code value not used in the implementation. */
    static final String CODE_NOT_USED = "I6";

    private List<GuideFinding> found;

    List<GuideFinding> findings() {
        return found == null ? List.of() : found;
    }

    /** A segment the guide wants and the claim lacks, or one it forbids; {@code position} is where it was expected. */
    void segment(String rule, Integer line, int position, String loop, String tag, String ik304, String message) {
        segment(rule, line, position, loop, tag, ik304, false, message);
    }

    /** @param fromData found by the generic walker from the guide data (else by a named check) */
    void segment(String rule, Integer line, int position, String loop, String tag, String ik304, boolean fromData,
            String message) {
        SyntaxIssue ack = new SyntaxIssue(SyntaxIssue.Scope.SEGMENT, ik304, tag, position, loop, null, null, null,
                rule + " " + loop + " " + tag);
        add(new GuideFinding(rule, line, position, message, ack, fromData));
    }

    /**
     * An element position as the 999 and the messages write it: two digits at least ("03", "12").
     * Not String.format: each call builds a Formatter and a DecimalFormatSymbols, a cost every
     * finding paid.
     */
    static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }

    /** An element (or component, when {@code component} is not null) of a segment that is present. */
    void element(String rule, Integer line, int position, String loop, String tag, int element, Integer component,
            String reference, String ik403, String message) {
        element(rule, line, position, loop, tag, element, component, reference, ik403, false, message);
    }

    /** @param fromData found by the generic walker from the guide data (else by a named check) */
    void element(String rule, Integer line, int position, String loop, String tag, int element, Integer component,
            String reference, String ik403, boolean fromData, String message) {
        SyntaxIssue ack = new SyntaxIssue(SyntaxIssue.Scope.ELEMENT, ik403, tag, position, loop, element, component,
                reference, rule + " " + loop + " " + tag + GuideReport.twoDigits(element)
                        + (component == null ? "" : "-" + component));
        add(new GuideFinding(rule, line, position, message, ack, fromData));
    }

    /**
     * Adds a finding unless it reports what an earlier one of the report already does (the same
     * element or component of the same segment, or the same segment of the same loop): a named check
     * and the walker, or two syntax notes, never report one problem twice. A named claim edit runs
     * after the walker, so for a missing segment both report (837I CL1 on an inpatient bill), the
     * named check's finding takes the walker's place: it says why the segment is needed.
     */
    private void add(GuideFinding f) {
        if (found == null) {
            found = new ArrayList<>(4);
        } else {
            for (int i = 0; i < found.size(); i++) {
                GuideFinding earlier = found.get(i);
                if (same(earlier.ack(), f.ack())) {
                    if (earlier.fromData() && !f.fromData() && f.ack().scope() == SyntaxIssue.Scope.SEGMENT) {
                        found.set(i, f);
                    }
                    return;
                }
            }
        }
        found.add(f);
    }

    private static boolean same(SyntaxIssue a, SyntaxIssue b) {
        if (a.scope() != b.scope()) {
            return false;
        }
        if (a.scope() == SyntaxIssue.Scope.ELEMENT) {
            return a.segmentPosition() == b.segmentPosition() && java.util.Objects.equals(a.elementPosition(),
                    b.elementPosition()) && java.util.Objects.equals(a.componentPosition(), b.componentPosition());
        }
        return a.segmentTag().equals(b.segmentTag()) && java.util.Objects.equals(a.loopId(), b.loopId())
                && (a.code().equals(b.code()) || missing(a.code()) && missing(b.code()));
    }

    private static boolean missing(String ik304) {
        return SEGMENT_MISSING.equals(ik304) || DEPENDENT_SEGMENT_MISSING.equals(ik304) || LOOP_MISSING.equals(ik304);
    }
}

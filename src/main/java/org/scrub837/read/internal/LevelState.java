package org.scrub837.read.internal;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Payer;
import org.scrub837.model.Segment;
import org.scrub837.model.SyntaxIssue;

/** One HL level being read: its segments up to the next HL or CLM, its issues, and the payer it names. */
final class LevelState {

    private final RawSegment hl;
    private final List<Segment> segments = new ArrayList<>();
    private final List<SyntaxIssue> issues = new ArrayList<>();
    private String payerResponsibility = "";
    private String filingIndicator = "";
    private String payerName = "";
    private String payerId = "";
    private boolean payerNamed;
    private HierarchyLevel level;

    LevelState(RawSegment hl, Segment hlSegment) {
        this.hl = hl;
        segments.add(hlSegment);
    }

    String hlId() {
        return hl.element(1);
    }

    String parentId() {
        return hl.element(2);
    }

    String levelCode() {
        return hl.element(3);
    }

    void add(RawSegment raw, Segment segment) {
        segments.add(segment);
        level = null;
        if ("SBR".equals(raw.tag())) {
            payerResponsibility = raw.element(1);
            filingIndicator = raw.element(9);
        } else if ("NM1".equals(raw.tag()) && "PR".equals(raw.element(1)) && !payerNamed) {
            // 2010BB payer name: the first NM1*PR of the subscriber level
            payerName = raw.element(3);
            payerId = raw.element(9);
            payerNamed = true;
        }
    }

    List<SyntaxIssue> issues() {
        return issues;
    }

    Payer payer() {
        return new Payer(payerResponsibility, filingIndicator, payerName, payerId);
    }

    /** The level as a record; segments are copied once and shared by the claims under it. */
    HierarchyLevel level() {
        if (level == null) {
            level = new HierarchyLevel(hlId(), parentId(), levelCode(), hl.element(4), List.copyOf(segments));
        }
        return level;
    }
}

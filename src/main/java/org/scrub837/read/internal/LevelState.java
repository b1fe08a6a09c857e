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
    /** The payer made from the fields below, until one of them changes. */
    private Payer payer;
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
            payer = null;
        } else if ("NM1".equals(raw.tag()) && "PR".equals(raw.element(1)) && !payerNamed) {
            // 2010BB payer name: the first NM1*PR of the subscriber level
            payerName = raw.element(3);
            payerId = raw.element(9);
            payerNamed = true;
            payer = null;
        }
    }

    List<SyntaxIssue> issues() {
        return issues;
    }

    /**
     * The level's payer; {@code previous} (the payer of the claim before, never null) when equal, so
     * that claims of one subscriber, and of subscribers sent to the same payer, share one instance:
     * the rules remember the payer profile of the last instance seen. Compared field by field rather
     * than with the record's equals, whose method-handle tree the JIT inlines into the reader's
     * per-segment path and recompiles when a component it profiled as never null first is null.
     */
    Payer payer(Payer previous) {
        if (payer == null) {
            payer = previous.responsibility().equals(payerResponsibility)
                    && previous.filingIndicator().equals(filingIndicator) && previous.name().equals(payerName)
                    && previous.id().equals(payerId) ? previous
                            : new Payer(payerResponsibility, filingIndicator, payerName, payerId);
        }
        return payer;
    }

    /** The segments so far (the level's HL, or the transaction's ST, first). */
    List<Segment> segments() {
        return List.copyOf(segments);
    }

    /** The level as a record; segments are copied once and shared by the claims under it. */
    HierarchyLevel level() {
        if (level == null) {
            level = new HierarchyLevel(hlId(), parentId(), levelCode(), hl.element(4), List.copyOf(segments));
        }
        return level;
    }
}

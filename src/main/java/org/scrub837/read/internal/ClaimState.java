package org.scrub837.read.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrub837.model.Claim;
import org.scrub837.model.DateRange;
import org.scrub837.model.Diagnosis;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Payer;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;

/** One 2300 claim being read, from CLM up to the next CLM, HL or SE. */
final class ClaimState {

    static final String CLAIM_LOOP = "2300";
    static final String LINE_LOOP = "2400";

    private final RawSegment clm;
    private final List<Segment> segments = new ArrayList<>();
    private final List<SyntaxIssue> issues = new ArrayList<>();
    private final List<Diagnosis> diagnoses = new ArrayList<>();
    private final Map<String, DateRange> dates = new LinkedHashMap<>();
    private final List<ServiceLine> lines = new ArrayList<>();
    private LineState line;

    ClaimState(RawSegment clm, Segment clmSegment) {
        this.clm = clm;
        segments.add(clmSegment);
    }

    List<SyntaxIssue> issues() {
        return issues;
    }

    /** Service lines started so far (the one being read included). */
    int lineCount() {
        return lines.size() + (line == null ? 0 : 1);
    }

    /**
     * Adds a segment of the claim.
     *
     * @param loop the innermost loop StAEDI placed the segment in, or null when it placed it nowhere
     */
    void add(RawSegment raw, Segment segment, String loop) {
        segments.add(segment);
        String tag = raw.tag();
        if ("LX".equals(tag)) {
            endLine();
            line = new LineState(raw, segment.position());
        } else if (LINE_LOOP.equals(loop) && line != null) {
            if ("SV1".equals(tag) || "SV2".equals(tag)) {
                line.service(raw, segment.position());
            } else if ("DTP".equals(tag)) {
                line.date(raw, segment.position());
            }
        } else if (CLAIM_LOOP.equals(loop) && line == null) {
            if ("HI".equals(tag)) {
                addDiagnoses(raw, segment.position());
            } else if ("DTP".equals(tag)) {
                DateRange range = Values.dateRange(raw.element(2), raw.element(3));
                if (range != null) {
                    dates.putIfAbsent(raw.element(1), range);
                }
            }
        }
    }

    private void addDiagnoses(RawSegment hi, int position) {
        for (int e = 1; e <= hi.elementCount(); e++) {
            String qualifier = hi.component(e, 1);
            String code = hi.component(e, 2);
            if (!qualifier.isEmpty() || !code.isEmpty()) {
                diagnoses.add(new Diagnosis(qualifier, code, position));
            }
        }
    }

    private void endLine() {
        if (line != null) {
            lines.add(line.build());
            line = null;
        }
    }

    Claim build(Transaction transaction, LevelState billing, LevelState subscriber, LevelState patient, Payer payer,
            List<SyntaxIssue> inherited, long ordinal) {
        endLine();
        List<SyntaxIssue> all = new ArrayList<>(inherited.size() + issues.size());
        all.addAll(inherited);
        all.addAll(issues);
        String chargeText = Values.orNull(clm.element(2));
        return new Claim(transaction, level(billing), level(subscriber), level(patient), payer, clm.element(1),
                chargeText, Values.decimal(chargeText), Values.orNull(clm.component(5, 1)),
                Values.orNull(clm.component(5, 3)), List.copyOf(diagnoses), Collections.unmodifiableMap(new LinkedHashMap<>(dates)), List.copyOf(lines),
                List.copyOf(segments), List.copyOf(all), ordinal);
    }

    private static HierarchyLevel level(LevelState state) {
        return state == null ? null : state.level();
    }
}

package org.scrub837.guide;

import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;

/**
 * Situational note, 837I: on an outpatient bill (not one of the operator's inpatient facility codes)
 * whose statement period (DTP*434) spans more than one day, every service line needs its date of
 * service, 2400 DTP*472 (D8 or RD8). A DTP*472 counts only in the line itself, not in its 2410-2440
 * loops, and only with a format the guide allows (another is reported as that). Reported at the
 * line's LX, once per claim (the report keeps one finding per missing segment of a loop).
 */
final class OutpatientLineDateRequired implements ClaimEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL;
    }

    @Override
    public void check(ClaimEditInput in, GuideReport report) {
        Claim claim = in.claim();
        DateRange statement = claim.dates().get(Claim.STATEMENT_DATES);
        if (in.inpatient() || statement == null || !statement.to().isAfter(statement.from())) {
            return;
        }
        List<ServiceLine> lines = claim.lines();
        int lineIndex = -1;
        Integer line = null;
        int lineStart = 0;
        boolean inLine = false;
        boolean dated = true;
        for (Segment s : claim.segments()) {
            switch (s.tag()) {
                case "LX" -> {
                    missing(report, line, lineStart, dated);
                    lineIndex++;
                    line = lineIndex < lines.size() ? lines.get(lineIndex).lineNumber() : null;
                    lineStart = s.position();
                    inLine = true;
                    dated = false;
                }
                // a line provider (2420), drug (2410), adjudication (2430) or form (2440) loop: the
                // line's own segments are behind
                case "NM1", "LIN", "SVD", "LQ" -> inLine = false;
                case "DTP" -> {
                    if (inLine && !dated) {
                        SegmentView v = in.view(s);
                        dated = v.is(1, "472") && (v.is(2, "D8") || v.is(2, "RD8"));
                    }
                }
                default -> { }
            }
        }
        missing(report, line, lineStart, dated);
    }

    private static void missing(GuideReport report, Integer line, int lineStart, boolean dated) {
        if (lineStart == 0 || dated) {
            return;
        }
        report.segment(GuideRuleIds.REQUIRED, line, lineStart, "2400", "DTP", GuideReport.DEPENDENT_SEGMENT_MISSING,
                "2400 line " + line + " DTP*472: the statement period spans more than one day, so send the line's"
                        + " date of service as DTP*472*D8*<CCYYMMDD>.");
    }
}

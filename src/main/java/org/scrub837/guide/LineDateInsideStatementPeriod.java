package org.scrub837.guide;

import org.scrub837.model.ClaimType;

/**
 * Beyond the guide, 837I: a line's date of service (2400 DTP*472) must lie inside the claim's
 * statement period (2300 DTP*434), which covers every service the bill reports.
 */
final class LineDateInsideStatementPeriod implements SegmentEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return type == ClaimType.INSTITUTIONAL;
    }

    @Override
    public String tag() {
        return "DTP";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        int statementFrom = at.statementFrom();
        if (statementFrom <= 0 || !ServiceDatesNotAfterCreation.lineServiceDate(at)) {
            return;
        }
        SegmentView v = at.view();
        int from = ServiceDatesNotAfterCreation.from(v);
        int to = ServiceDatesNotAfterCreation.to(v);
        if (from >= 0 && to >= 0 && (from < statementFrom || to > at.statementTo())) {
            report.element(GuideRuleIds.DATE, at.line(), at.position(), "2400", "DTP", 3, null, "1251",
                    GuideReport.INVALID_DATE, "2400 line " + at.line() + " DTP*472: the line's date of service lies"
                            + " outside the statement period (DTP*434 " + statementFrom + "-" + at.statementTo()
                            + "); correct the line date or the statement dates.");
        }
    }
}

package org.scrub837.guide;


import org.scrub837.model.ClaimType;

/**
 * Beyond the guide: no service is billed before it is rendered, so no line date of service (2400
 * DTP*472) and no end of the 837I statement period (2300 DTP*434) may lie after BHT04, the date the
 * transaction was created. A date in a format the guide does not allow here is the hand-written
 * DTP02 check's, a date that is not real the reader's; neither is compared.
 */
final class ServiceDatesNotAfterCreation implements SegmentEdit {

    /** DTP02 formats of 2300 DTP*434 by guide (null: the guide has no DTP*434 there). */
    private static final GuideCodeList STATEMENT_FORMATS_P = formats(GuideCodes.CLAIM_DTP_P.get("434"));
    private static final GuideCodeList STATEMENT_FORMATS_I = formats(GuideCodes.CLAIM_DTP_I.get("434"));
    private static final GuideCodeList LINE_FORMATS_P = GuideCodeList.of(GuideCodes.LINE_DTP_P.get("472"));
    private static final GuideCodeList LINE_FORMATS_I = GuideCodeList.of(GuideCodes.LINE_DTP_I.get("472"));

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public String tag() {
        return "DTP";
    }

    @Override
    public void check(PlacedSegment at, GuideReport report) {
        int created = at.created();
        if (created <= 0) {
            return;
        }
        SegmentView v = at.view();
        boolean institutional = at.type() == ClaimType.INSTITUTIONAL;
        if ("2300".equals(at.loop()) && v.is(1, "434")) {
            GuideCodeList formats = institutional ? STATEMENT_FORMATS_I : STATEMENT_FORMATS_P;
            // the statement period as the reader took it from this segment (the claim's DTP*434)
            if (formats != null && v.in(2, 0, formats) && at.statementFrom() > 0
                    && at.statementTo() > created) {
                report.element(GuideRuleIds.DATE, null, at.position(), "2300", "DTP", 3, null, "1251",
                        GuideReport.INVALID_DATE, "2300 DTP*434: the statement period ends after the transaction was"
                                + " created (BHT04 " + created + "); bill services only once they are rendered.");
            }
        } else if (lineServiceDate(at)) {
            int to = to(v);
            if (from(v) >= 0 && to >= 0 && to > created) {
                report.element(GuideRuleIds.DATE, at.line(), at.position(), "2400", "DTP", 3, null, "1251",
                        GuideReport.INVALID_DATE, "2400 line " + at.line() + " DTP*472: the date of service " + to
                                + " is after the transaction's creation date (BHT04 " + created + "); bill the service"
                                + " once it has been rendered, or correct the date.");
            }
        }
    }

    private static GuideCodeList formats(java.util.Set<String> formats) {
        return formats == null ? null : GuideCodeList.of(formats);
    }

    /** A 2400 DTP*472 in a format the guide allows there (D8 or RD8). */
    static boolean lineServiceDate(PlacedSegment at) {
        if (!"2400".equals(at.loop()) || !at.view().is(1, "472")) {
            return false;
        }
        return at.view().in(2, 0, at.type() == ClaimType.INSTITUTIONAL ? LINE_FORMATS_I : LINE_FORMATS_P);
    }

    /** The first date of a DTP03 (D8 or RD8) as CCYYMMDD, or -1 when it is not a real date. */
    static int from(SegmentView v) {
        return v.date(3, v.is(2, "RD8"), false);
    }

    /** The last date of a DTP03 (D8 or RD8) as CCYYMMDD, or -1 when it is not a real date. */
    static int to(SegmentView v) {
        return v.date(3, v.is(2, "RD8"), true);
    }
}

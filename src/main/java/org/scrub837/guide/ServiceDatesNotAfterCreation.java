package org.scrub837.guide;

import java.util.Set;

import org.scrub837.model.ClaimType;

/**
 * Beyond the guide: no service is billed before it is rendered, so no line date of service (2400
 * DTP*472) and no end of the 837I statement period (2300 DTP*434) may lie after BHT04, the date the
 * transaction was created. A date in a format the guide does not allow here is the hand-written
 * DTP02 check's, a date that is not real the reader's; neither is compared.
 */
final class ServiceDatesNotAfterCreation implements SegmentEdit {

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
            Set<String> formats = (institutional ? GuideCodes.CLAIM_DTP_I : GuideCodes.CLAIM_DTP_P).get("434");
            // the statement period as the reader took it from this segment (the claim's DTP*434)
            if (formats != null && formats.contains(v.element(2)) && at.statementFrom() > 0
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

    /** A 2400 DTP*472 in a format the guide allows there (D8 or RD8). */
    static boolean lineServiceDate(PlacedSegment at) {
        if (!"2400".equals(at.loop()) || !at.view().is(1, "472")) {
            return false;
        }
        Set<String> formats = (at.type() == ClaimType.INSTITUTIONAL ? GuideCodes.LINE_DTP_I : GuideCodes.LINE_DTP_P)
                .get("472");
        return formats.contains(at.view().element(2));
    }

    /** The first date of a DTP03 (D8 or RD8) as CCYYMMDD, or -1 when it is not a real date. */
    static int from(SegmentView v) {
        String value = v.element(3);
        if (!v.is(2, "RD8")) {
            return GuideValues.date(value);
        }
        int dash = value.indexOf('-');
        return dash < 0 ? -1 : GuideValues.date(value.substring(0, dash));
    }

    /** The last date of a DTP03 (D8 or RD8) as CCYYMMDD, or -1 when it is not a real date. */
    static int to(SegmentView v) {
        String value = v.element(3);
        if (!v.is(2, "RD8")) {
            return GuideValues.date(value);
        }
        int dash = value.indexOf('-');
        return dash < 0 ? -1 : GuideValues.date(value.substring(dash + 1));
    }
}

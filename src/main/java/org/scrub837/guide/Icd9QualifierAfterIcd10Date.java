package org.scrub837.guide;

import java.time.LocalDate;
import java.util.Map;

import org.scrub837.model.ClaimType;
import org.scrub837.model.Segment;

/**
 * Front-end edit: ICD-9-CM qualifiers (BK, BF, BJ, BN, PR, BR, BQ) on a claim whose services are on
 * or after 2015-10-01, when ICD-10 replaced ICD-9 in every HIPAA transaction; the ICD-10 qualifier
 * (ABK, ABF, ABJ, ABN, APR, BBR, BBQ) is required then.
 */
final class Icd9QualifierAfterIcd10Date implements ClaimEdit {

    static final LocalDate ICD10_FROM = LocalDate.of(2015, 10, 1);
    private static final Map<String, String> ICD10_QUALIFIER = Map.of("BK", "ABK", "BF", "ABF", "BJ", "ABJ",
            "BN", "ABN", "PR", "APR", "BR", "BBR", "BQ", "BBQ");
    private static final GuideCodeList ICD9 = GuideCodeList.of(ICD10_QUALIFIER.keySet());

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public void check(ClaimEditInput in, GuideReport report) {
        LocalDate service = in.earliestService();
        if (service == null || service.isBefore(ICD10_FROM)) {
            return;
        }
        for (Segment s : in.claim().segments()) {
            if (!s.tag().equals("HI")) {
                continue;
            }
            SegmentView v = in.view(s);
            for (int element = 1; element <= v.size(); element++) {
                if (!v.select(element, 1) || !ICD9.contains(v)) {
                    continue; // the usual case, compared in place
                }
                String qualifier = v.selected();
                String icd10 = ICD10_QUALIFIER.get(qualifier);
                if (icd10 != null) {
                    report.element(GuideRuleIds.CODE, null, s.position(), "2300", "HI", element, 1, "1270",
                            GuideReport.INVALID_CODE, "2300 HI" + GuideReport.twoDigits(element) + "-1: '" + qualifier
                                    + "' is an ICD-9-CM qualifier; services from 2015-10-01 are coded in ICD-10-CM"
                                    + " or ICD-10-PCS: use " + icd10 + " with the ICD-10 code.");
                    return;
                }
            }
        }
    }
}

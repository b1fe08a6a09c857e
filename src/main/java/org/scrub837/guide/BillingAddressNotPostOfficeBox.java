package org.scrub837.guide;

import org.scrub837.model.ClaimType;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;

/**
 * Front-end edit on the guide's 2010AA note: the billing provider address must be a street
 * address; a post office box or lock box goes in 2010AB (pay-to address). Looks for the forms
 * payers reject: "PO BOX", "P.O. BOX", "P O BOX", "POST OFFICE BOX", "LOCK BOX", "BOX 123" at the start.
 */
final class BillingAddressNotPostOfficeBox implements ClaimEdit {

    @Override
    public boolean appliesTo(ClaimType type) {
        return true;
    }

    @Override
    public void check(ClaimEditInput in, GuideReport report) {
        HierarchyLevel level = in.claim().billingProvider();
        if (level == null) {
            return;
        }
        boolean inBilling = false;
        for (Segment s : level.segments()) {
            if (s.tag().equals("NM1")) {
                inBilling = in.view(s).is(1, "85");
            } else if (inBilling && s.tag().equals("N3")) {
                SegmentView v = in.view(s);
                for (int element = 1; element <= 2; element++) {
                    // most addresses start with a digit: only P..., L... or B... is read as a String
                    if (v.present(element) && "PpLlBb".indexOf(v.charAt(element, 0)) >= 0
                            && postOfficeBox(v.element(element))) {
                        report.element(GuideRuleIds.FORMAT, null, s.position(), "2010AA", "N3", element, null, "166",
                                GuideReport.PATTERN, "2010AA N3" + GuideReport.twoDigits(element) + ": the billing"
                                        + " provider address must be a street address, not a post office or lock"
                                        + " box; send the box in the 2010AB pay-to address.");
                        return;
                    }
                }
            }
        }
    }

    static boolean postOfficeBox(String address) {
        String compact = address.toUpperCase(java.util.Locale.ROOT).replace(".", "").replace(" ", "");
        return compact.startsWith("POBOX") || compact.startsWith("POSTOFFICEBOX") || compact.startsWith("LOCKBOX")
                || compact.startsWith("POB") && compact.length() > 3 && Character.isDigit(compact.charAt(3))
                || compact.matches("BOX[0-9].*");
    }
}

package org.scrub837.rules.pack;

import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.rules.RuleParameters;

/**
 * Which claims the NCCI edits (PTP and MUE) judge: every 837P (practitioner, and DME supplier where a
 * profile points the MUE rules at that table), and an 837I only when its type of bill (CLM05-1
 * facility code, two digits) is one of {@code institutionalBillTypes}, the outpatient bill types the
 * outpatient hospital tables are applied to. Inpatient bills (11x) are never judged: NCCI PTP edits
 * are not applied to inpatient facility claims, and the MUE tables are practitioner, outpatient
 * hospital and DME only. An 837I without a type of bill is not judged either.
 */
record NcciScope(Set<String> institutionalBillTypes) {

    static NcciScope from(RuleParameters p) {
        return new NcciScope(Set.copyOf(p.texts("institutionalBillTypes")));
    }

    boolean applies(Claim claim) {
        if (claim.claimType() != ClaimType.INSTITUTIONAL) {
            return true;
        }
        String facility = claim.facilityCode();
        return facility != null && facility.length() >= 2 && institutionalBillTypes.contains(facility.substring(0, 2));
    }
}

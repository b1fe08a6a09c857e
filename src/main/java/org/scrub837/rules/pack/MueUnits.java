package org.scrub837.rules.pack;

import java.math.BigDecimal;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DatedEditions;
import org.scrub837.model.ServiceLine;
import org.scrub837.rules.CodeCatalog;
import org.scrub837.rules.MueTable;
import org.scrub837.rules.RuleParameters;

/**
 * Which MUE editions apply to a claim: practitioner for 837P, outpatient hospital for 837I of the
 * outpatient bill types ({@link NcciScope}; never inpatient), as named by the rule's parameters;
 * each line uses the edition in force on its date of service. Absent tables mean the MUE rules
 * report nothing.
 */
record MueUnits(DatedEditions<MueTable> professional, DatedEditions<MueTable> institutional, NcciScope scope,
        Set<String> minuteUnitBases) {

    static MueUnits from(RuleParameters p, CodeCatalog codes) {
        return new MueUnits(codes.mueEditions(p.text("professionalTable")),
                codes.mueEditions(p.text("institutionalTable")), NcciScope.from(p),
                Set.copyOf(p.texts("minuteUnitBases")));
    }

    /**
     * The adjudication indicator a date-of-service MUE rule judges, from its {@code indicator}
     * parameter: 2 (policy) or 3 (clinical); indicator 1 (per line) is MUE-LINE's.
     */
    static int dateOfServiceIndicator(RuleParameters p) {
        int indicator = p.integer("indicator", 0);
        if (indicator != 2 && indicator != 3) {
            throw p.problem("indicator", "'" + indicator + "' is not 2 or 3 (MUE-LINE handles indicator 1)");
        }
        return indicator;
    }

    /** The editions for the claim: none when the claim is out of scope (inpatient bills). */
    DatedEditions<MueTable> editionsFor(Claim claim) {
        DatedEditions<MueTable> editions = claim.claimType() == ClaimType.INSTITUTIONAL ? institutional : professional;
        return scope.applies(claim) ? editions : DatedEditions.none(editions.kind());
    }

    /** The table name or edition id a message names. */
    static String source(DatedEditions.Edition<MueTable> edition) {
        return edition.id() == null ? edition.table().name() + " table" : "edition " + edition.id();
    }

    /**
     * A line's units of service when they are a positive number, else null (other rules report bad
     * units). A line billed in minutes (SV103 in {@code minuteUnitBases}: MJ, anesthesia time) is
     * not a count of services, so it is not compared with an MUE value (null).
     */
    BigDecimal units(ServiceLine line) {
        if (line.unitBasis() != null && minuteUnitBases.contains(line.unitBasis().trim())) {
            return null;
        }
        BigDecimal q = line.quantity();
        return q == null || q.signum() <= 0 ? null : q;
    }

    static String indicatorLabel(int indicator) {
        return switch (indicator) {
            case 1 -> "MAI 1, line edit";
            case 2 -> "MAI 2, date-of-service edit: policy";
            default -> "MAI 3, date-of-service edit: clinical";
        };
    }
}

package org.scrub837.guide;

import java.time.LocalDate;
import java.util.Optional;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
import org.scrub837.model.DatedEditions;
import org.scrub837.model.Diagnosis;
import org.scrub837.model.ServiceLine;

/**
 * IG-CODE by date of service, with installed ICD-10-CM and HCPCS editions: a diagnosis code that is
 * not billable in the ICD-10-CM edition in force on the claim's date (a category header such as
 * L9741, or a code not in that fiscal year's set), and a HCPCS Level II procedure code that the
 * edition in force on the line's date does not list or lists with dates that exclude it. Each
 * finding names the edition it used. These run on the claim model (its dates are known only once
 * the claim is read), beside the streaming checks of {@link GuideWalker}; findings are not 999
 * matters (the 277CA rejects the claim).
 */
public final class DatedCodeChecks {

    /** Where the checks report: the guide knows nothing of rules, {@code rules.GuideRule} adapts its sink. */
    public interface Sink {

        /** A finding made with the edition {@code edition}. */
        void report(Integer line, int segmentPosition, String message, String edition);

        /** No edition covers a date of service: a warning whatever the rule's severity. */
        void warn(Integer line, int segmentPosition, String message);
    }

    private final DatedEditions<Icd10cmOrderFile> icd10cm;
    private final DatedEditions<HcpcsFile> hcpcs;

    DatedCodeChecks(GuideCodeSets codes) {
        this.icd10cm = codes.icd10cmEditions();
        this.hcpcs = codes.hcpcsEditions();
    }

    public boolean active() {
        return !icd10cm.isEmpty() || !hcpcs.isEmpty();
    }

    public void check(Claim claim, Sink sink) {
        if (!icd10cm.isEmpty()) {
            diagnoses(claim, sink);
        }
        if (!hcpcs.isEmpty()) {
            procedures(claim, sink);
        }
    }

    private void diagnoses(Claim claim, Sink sink) {
        LocalDate day = diagnosisDate(claim);
        if (day == null || claim.diagnoses().isEmpty()) {
            return;
        }
        Optional<DatedEditions.Edition<Icd10cmOrderFile>> edition = icd10cm.on(day);
        if (edition.isEmpty()) {
            sink.warn(null, claim.diagnoses().get(0).position(), icd10cm.uncovered("ICD-10-CM", day));
            return;
        }
        Icd10cmOrderFile codes = edition.get().table();
        for (Diagnosis d : claim.diagnoses()) {
            String code = d.code();
            if (!GuideCodes.ICD10CM_QUALIFIERS.contains(d.qualifier()) || code == null
                    || !GuideValues.icd10cmShape(code) || codes.billable(code)) {
                continue; // another code set, or a malformed code the streaming checks report
            }
            sink.report(null, d.position(), "Diagnosis '" + code + "' is " + (codes.header(code)
                    ? "an ICD-10-CM category header, not a billable code, on " + day + "; report the complete code "
                            + "with all its characters"
                    : "not an ICD-10-CM code in force on " + day + "; check the code against that year's code set")
                    + " (edition " + edition.get().id() + ").", edition.get().id());
        }
    }

    private void procedures(Claim claim, Sink sink) {
        boolean warned = false;
        for (ServiceLine line : claim.lines()) {
            String code = line.procedureCode();
            if (!"HC".equals(line.procedureQualifier()) || code == null || code.length() != 5
                    || code.charAt(0) < 'A' || code.charAt(0) > 'V' || !GuideValues.upperAlnum(code)) {
                continue; // CPT (Level I) codes are not in the HCPCS Level II file
            }
            DateRange dates = claim.dateOfService(line);
            LocalDate day = dates == null ? null : dates.from();
            if (day == null) {
                continue;
            }
            Optional<DatedEditions.Edition<HcpcsFile>> edition = hcpcs.on(day);
            if (edition.isEmpty()) {
                if (!warned) {
                    sink.warn(line.lineNumber(), line.servicePosition(), hcpcs.uncovered("HCPCS", day));
                    warned = true;
                }
                continue;
            }
            Optional<HcpcsFile.Dates> valid = edition.get().table().dates(code);
            String where = "2400 line " + line.lineNumber() + ": procedure code '" + code + "' ";
            if (valid.isEmpty()) {
                sink.report(line.lineNumber(), line.servicePosition(), where + "is not a HCPCS Level II code on "
                        + day + " (edition " + edition.get().id() + " does not list it); check the code.",
                        edition.get().id());
            } else if (!valid.get().covers(day)) {
                HcpcsFile.Dates d = valid.get();
                sink.report(line.lineNumber(), line.servicePosition(), where + "is not in effect on " + day
                        + ": it is valid from " + (d.added() == null ? "(no add date)" : d.added().toString())
                        + (d.terminated() == null ? "" : " to " + d.terminated()) + " (edition " + edition.get().id()
                        + "); use the code in effect on the date of service.", edition.get().id());
            }
        }
    }

    /**
     * The date a claim's diagnoses are coded for: an inpatient bill's discharge (statement through)
     * date, else the earliest date of service of its lines.
     */
    static LocalDate diagnosisDate(Claim claim) {
        String bill = claim.typeOfBill();
        if (claim.claimType() == ClaimType.INSTITUTIONAL && bill != null && bill.startsWith("11")) {
            DateRange statement = claim.dates().get(Claim.STATEMENT_DATES);
            if (statement != null && statement.to() != null) {
                return statement.to();
            }
        }
        LocalDate earliest = null;
        for (ServiceLine line : claim.lines()) {
            DateRange d = claim.dateOfService(line);
            if (d != null && d.from() != null && (earliest == null || d.from().isBefore(earliest))) {
                earliest = d.from();
            }
        }
        return earliest;
    }
}

package org.scrub837.refdata;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of reference data an edition can be installed for, each with the table it fills and how
 * long an edition is in force by default. PTP and MUE tables are filled under the names the rules
 * of rules.yaml already use ({@code professionalTable: practitioner} ...), so a payer profile chooses
 * the Medicaid or DME tables by naming them.
 */
public enum ReferenceKind {

    NCCI_PTP_PRACTITIONER("ncci-ptp-practitioner", Family.PTP, "practitioner",
            "CMS NCCI PTP edits, practitioner services (Medicare)"),
    NCCI_PTP_OUTPATIENT("ncci-ptp-outpatient", Family.PTP, "outpatientHospital",
            "CMS NCCI PTP edits, outpatient hospital services (Medicare)"),
    NCCI_PTP_MEDICAID_PRACTITIONER("ncci-ptp-medicaid-practitioner", Family.PTP, "medicaidPractitioner",
            "CMS NCCI PTP edits, practitioner services (Medicaid)"),
    NCCI_PTP_MEDICAID_OUTPATIENT("ncci-ptp-medicaid-outpatient", Family.PTP, "medicaidOutpatientHospital",
            "CMS NCCI PTP edits, outpatient hospital services (Medicaid)"),
    MUE_PRACTITIONER("mue-practitioner", Family.MUE, "practitioner", "CMS MUE table, practitioner services (Medicare)"),
    MUE_OUTPATIENT("mue-outpatient", Family.MUE, "outpatientHospital",
            "CMS MUE table, outpatient hospital services (Medicare)"),
    MUE_DME("mue-dme", Family.MUE, "dme", "CMS MUE table, DME supplier services (Medicare)"),
    MUE_MEDICAID_PRACTITIONER("mue-medicaid-practitioner", Family.MUE, "medicaidPractitioner",
            "CMS MUE table, practitioner services (Medicaid)"),
    MUE_MEDICAID_OUTPATIENT("mue-medicaid-outpatient", Family.MUE, "medicaidOutpatientHospital",
            "CMS MUE table, outpatient hospital services (Medicaid)"),
    MUE_MEDICAID_DME("mue-medicaid-dme", Family.MUE, "medicaidDme", "CMS MUE table, DME services (Medicaid)"),
    HCPCS("hcpcs", Family.HCPCS, null, "CMS HCPCS Level II quarterly file (record layout, per-code dates)"),
    ICD10CM("icd10cm", Family.ICD10CM, null, "CDC/CMS ICD-10-CM order file (fiscal year from October 1)"),
    POS("pos", Family.POS, null, "CMS place-of-service code set (code TAB name)");

    /** The file layout a kind is read with. */
    public enum Family {
        PTP, MUE, HCPCS, ICD10CM, POS
    }

    private final String id;
    private final Family family;
    private final String tableName;
    private final String description;

    ReferenceKind(String id, Family family, String tableName, String description) {
        this.id = id;
        this.family = family;
        this.tableName = tableName;
        this.description = description;
    }

    /** As typed on the command line and written in edition ids, e.g. {@code ncci-ptp-practitioner}. */
    public String id() {
        return id;
    }

    public Family family() {
        return family;
    }

    /** The mueTables/ptpTables name the kind fills; null for the guide's code sets. */
    public String tableName() {
        return tableName;
    }

    public String description() {
        return description;
    }

    public static Optional<ReferenceKind> byId(String id) {
        for (ReferenceKind k : values()) {
            if (k.id.equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Every kind id, for messages. */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (ReferenceKind k : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.id);
        }
        return b.toString();
    }

    /**
     * The last date of service of an edition starting on {@code from} when none is given: the end of
     * its quarter (PTP, MUE, HCPCS), the September 30 that ends its fiscal year (ICD-10-CM), or
     * open-ended (place of service, replaced when a newer list is installed).
     */
    public LocalDate defaultEnd(LocalDate from) {
        return switch (family) {
            case PTP, MUE, HCPCS -> {
                LocalDate quarterStart = from.withDayOfMonth(1).withMonth((from.getMonthValue() - 1) / 3 * 3 + 1);
                yield quarterStart.plusMonths(3).minusDays(1);
            }
            case ICD10CM -> LocalDate.of(from.getMonthValue() >= 10 ? from.getYear() + 1 : from.getYear(),
                    Month.SEPTEMBER, 30);
            case POS -> null;
        };
    }

    /**
     * The edition id for an edition starting on {@code from}: {@code <kind>-<year>q<n>} for a
     * quarterly kind starting on a quarter's first day, {@code icd10cm-fy<year>} for an ICD-10-CM
     * edition starting October 1, else {@code <kind>-<yyyy-mm-dd>}.
     */
    public String editionId(LocalDate from) {
        boolean quarterStart = from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0;
        return switch (family) {
            case PTP, MUE, HCPCS -> quarterStart ? id + "-" + from.getYear() + "q" + ((from.getMonthValue() - 1) / 3 + 1)
                    : id + "-" + from;
            case ICD10CM -> from.getMonthValue() == 10 && from.getDayOfMonth() == 1
                    ? id + "-fy" + (from.getYear() + 1) : id + "-" + from;
            case POS -> id + "-" + from;
        };
    }
}

package org.scrub837.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
import org.scrub837.model.Delimiters;
import org.scrub837.model.Diagnosis;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Interchange;
import org.scrub837.model.Payer;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;

/**
 * Builds claims in code for rule and writer tests, without reading a file. Segment texts are
 * consistent with the typed fields, so writers can write them out as a real 837.
 */
public final class TestClaims {

    private ClaimType type = ClaimType.PROFESSIONAL;
    private String claimId = "PCN1";
    private String totalCharge;
    private String facilityCode = "11";
    private String frequency = "1";
    private Payer payer = new Payer("P", "MB", "MEDICARE", "12345");
    private String providerState = "PA";
    private String transactionDate = "20301231";
    private final List<Diagnosis> diagnoses = new ArrayList<>();
    private final Map<String, DateRange> dates = new LinkedHashMap<>();
    private final List<LineSpec> lines = new ArrayList<>();
    private final List<SyntaxIssue> syntaxIssues = new ArrayList<>();

    public static TestClaims professional() {
        return new TestClaims();
    }

    public static TestClaims institutional() {
        TestClaims t = new TestClaims();
        t.type = ClaimType.INSTITUTIONAL;
        t.facilityCode = "13";
        t.payer = new Payer("P", "MA", "MEDICARE", "12345");
        return t;
    }

    public TestClaims claimId(String id) {
        this.claimId = id;
        return this;
    }

    public TestClaims totalCharge(String charge) {
        this.totalCharge = charge;
        return this;
    }

    public TestClaims facilityCode(String code) {
        this.facilityCode = code;
        return this;
    }

    public TestClaims frequency(String code) {
        this.frequency = code;
        return this;
    }

    /** The billing provider's state (2010AA N402); PA unless set. */
    public TestClaims providerState(String state) {
        this.providerState = state;
        return this;
    }

    /** The transaction's creation date (BHT04, yyyy-mm-dd); 2026-01-01 unless set. */
    public TestClaims transactionDate(String isoDate) {
        this.transactionDate = isoDate.replace("-", "");
        return this;
    }

    public TestClaims payer(String filingIndicator, String name, String id) {
        this.payer = new Payer("P", filingIndicator, name, id);
        return this;
    }

    /** Adds a diagnosis: the first one added is principal (ABK), the others ABF. */
    public TestClaims diagnosis(String code) {
        diagnoses.add(new Diagnosis(diagnoses.isEmpty() ? "ABK" : "ABF", code, 0));
        return this;
    }

    public TestClaims claimDate(String qualifier, String from, String to) {
        dates.put(qualifier, new DateRange(LocalDate.parse(from), LocalDate.parse(to)));
        return this;
    }

    /** Adds a syntax issue as the reader would have attached it to this claim. */
    public TestClaims syntaxIssue(SyntaxIssue issue) {
        syntaxIssues.add(issue);
        return this;
    }

    /** The professional or institutional builder. */
    public static TestClaims of(ClaimType type) {
        return type == ClaimType.PROFESSIONAL ? professional() : institutional();
    }

    /** Starts a service line; configure it with the returned spec, then call {@link LineSpec#done()}. */
    public LineSpec line(String procedureCode) {
        LineSpec spec = new LineSpec(this, procedureCode);
        lines.add(spec);
        return spec;
    }

    /** A line with procedure code, units and date of service (charge 100.00, unit basis UN). */
    public TestClaims line(String procedureCode, String units, String dateOfService) {
        return line(procedureCode).units(units).date(dateOfService).done();
    }

    public Claim build() {
        Delimiters d = Delimiters.DEFAULT;
        Interchange isa = new Interchange(new Segment("ISA",
                "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *260101*1200*^*00501*000000001*0*T*:", 1),
                List.of("00", "          ", "00", "          ", "ZZ", "SUBMITTER      ", "ZZ", "RECEIVER       ",
                        "260101", "1200", "^", "00501", "000000001", "0", "T", ":"), d, 1);
        String version = type == ClaimType.PROFESSIONAL ? "005010X222A1" : "005010X223A2";
        FunctionalGroup gs = new FunctionalGroup(isa, new Segment("GS",
                "GS*HC*SUBMITTER*RECEIVER*20260101*1200*1*X*" + version, 2),
                List.of("HC", "SUBMITTER", "RECEIVER", "20260101", "1200", "1", "X", version), 1);
        List<Segment> header = List.of(
                new Segment("ST", "ST*837*0001*" + version, 1),
                new Segment("BHT", "BHT*0019*00*BATCH1*" + transactionDate + "*1200*CH", 2),
                new Segment("NM1", "NM1*41*2*SUBMITTER*****46*S1", 3),
                new Segment("PER", "PER*IC*CONTACT*TE*5555551234", 4),
                new Segment("NM1", "NM1*40*2*RECEIVER*****46*R1", 5));
        Transaction tx = new Transaction(gs, "837", "0001", version, type, header, 1);
        int pos = 6;
        HierarchyLevel provider = new HierarchyLevel("1", "", "20", "1", List.of(
                new Segment("HL", "HL*1**20*1", pos++),
                new Segment("NM1", "NM1*85*2*CLINIC*****XX*1234567893", pos++),
                new Segment("N3", "N3*1 MAIN ST", pos++),
                new Segment("N4", "N4*CITY*" + providerState + "*123451234", pos++),
                new Segment("REF", "REF*EI*123456789", pos++)));
        HierarchyLevel subscriber = new HierarchyLevel("2", "1", "22", "0", List.of(
                new Segment("HL", "HL*2*1*22*0", pos++),
                new Segment("SBR", "SBR*" + payer.responsibility() + "*18*******" + payer.filingIndicator(), pos++),
                new Segment("NM1", "NM1*IL*1*DOE*JANE****MI*1EG4TE5MK73", pos++),
                new Segment("N3", "N3*2 ELM ST", pos++),
                new Segment("N4", "N4*CITY*IL*62702", pos++),
                new Segment("DMG", "DMG*D8*19500101*F", pos++),
                new Segment("NM1", "NM1*PR*2*" + payer.name() + "*****PI*" + payer.id(), pos++)));
        return build(tx, provider, subscriber, null, pos, 1);
    }

    /** The claim's type (professional or institutional). */
    public ClaimType type() {
        return type;
    }

    /** The payer this claim is built for. */
    public Payer payer() {
        return payer;
    }

    /**
     * Builds the claim inside a given transaction and hierarchy, its CLM at {@code firstPosition};
     * the claim's segments take consecutive positions from there.
     */
    public Claim build(Transaction tx, HierarchyLevel provider, HierarchyLevel subscriber, HierarchyLevel patient,
            int firstPosition, long ordinal) {
        int pos = firstPosition;
        List<Segment> segments = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (LineSpec l : lines) {
            if (decimal(l.charge) != null) {
                sum = sum.add(decimal(l.charge));
            }
        }
        String total = totalCharge != null ? totalCharge : sum.toPlainString();
        int clmPos = pos;
        segments.add(new Segment("CLM", "CLM*" + claimId + "*" + total + "***" + facilityCode + ":"
                + (type == ClaimType.PROFESSIONAL ? "B" : "A") + ":" + frequency + "*Y*A*Y*Y", pos++));
        for (Map.Entry<String, DateRange> e : dates.entrySet()) {
            DateRange r = e.getValue();
            segments.add(new Segment("DTP", r.from().equals(r.to())
                    ? "DTP*" + e.getKey() + "*D8*" + yyyymmdd(r.from())
                    : "DTP*" + e.getKey() + "*RD8*" + yyyymmdd(r.from()) + "-" + yyyymmdd(r.to()), pos++));
        }
        List<Diagnosis> dx = new ArrayList<>();
        if (!diagnoses.isEmpty()) {
            int hiPos = pos++;
            StringBuilder hi = new StringBuilder("HI");
            for (Diagnosis diag : diagnoses) {
                hi.append('*').append(diag.qualifier()).append(':').append(diag.code());
                dx.add(new Diagnosis(diag.qualifier(), diag.code(), hiPos));
            }
            segments.add(new Segment("HI", hi.toString(), hiPos));
        }
        List<ServiceLine> built = new ArrayList<>();
        int lx = 1;
        for (LineSpec l : lines) {
            int lxPos = pos++;
            segments.add(new Segment("LX", "LX*" + lx, lxPos));
            int svPos = pos++;
            StringBuilder proc = new StringBuilder("HC:" + l.code);
            for (String m : l.modifiers) {
                proc.append(':').append(m);
            }
            String sv;
            if (type == ClaimType.PROFESSIONAL) {
                sv = "SV1*" + proc + "*" + nz(l.charge) + "*" + nz(l.unitBasis) + "*" + nz(l.units) + "*"
                        + nz(l.placeOfService) + "**" + String.join(":", l.pointers);
            } else {
                sv = "SV2*" + nz(l.revenueCode) + "*" + proc + "*" + nz(l.charge) + "*" + nz(l.unitBasis) + "*"
                        + nz(l.units);
            }
            segments.add(new Segment(type == ClaimType.PROFESSIONAL ? "SV1" : "SV2", stripTrailing(sv), svPos));
            DateRange date = null;
            int datePos = 0;
            if (l.date != null) {
                date = DateRange.of(LocalDate.parse(l.date));
                datePos = pos++;
                segments.add(new Segment("DTP", "DTP*472*D8*" + yyyymmdd(date.from()), datePos));
            }
            built.add(new ServiceLine(lx, lxPos, svPos, type == ClaimType.INSTITUTIONAL ? l.revenueCode : null, "HC",
                    l.code, List.copyOf(l.modifiers), l.charge, decimal(l.charge), l.unitBasis, l.units,
                    decimal(l.units), type == ClaimType.PROFESSIONAL ? l.placeOfService : null,
                    type == ClaimType.PROFESSIONAL ? List.copyOf(l.pointers) : List.of(), date, datePos));
            lx++;
        }
        return new Claim(tx, provider, subscriber, patient, payer, claimId, total, decimal(total), facilityCode,
                frequency, List.copyOf(dx), Map.copyOf(dates), List.copyOf(built), List.copyOf(segments),
                List.copyOf(syntaxIssues), ordinal);
    }

    private static String stripTrailing(String segment) {
        int end = segment.length();
        while (end > 0 && segment.charAt(end - 1) == '*') {
            end--;
        }
        return segment.substring(0, end);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static BigDecimal decimal(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String yyyymmdd(LocalDate d) {
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** One service line under construction. */
    public static final class LineSpec {
        private final TestClaims owner;
        private final String code;
        private final List<String> modifiers = new ArrayList<>();
        private final List<String> pointers = new ArrayList<>(List.of("1"));
        private String charge = "100.00";
        private String unitBasis = "UN";
        private String units = "1";
        private String date;
        private String placeOfService;
        private String revenueCode = "0360";

        private LineSpec(TestClaims owner, String code) {
            this.owner = owner;
            this.code = code;
        }

        public LineSpec modifiers(String... mods) {
            modifiers.addAll(List.of(mods));
            return this;
        }

        public LineSpec charge(String value) {
            this.charge = value;
            return this;
        }

        public LineSpec unitBasis(String value) {
            this.unitBasis = value;
            return this;
        }

        public LineSpec units(String value) {
            this.units = value;
            return this;
        }

        public LineSpec date(String isoDate) {
            this.date = isoDate;
            return this;
        }

        public LineSpec placeOfService(String pos) {
            this.placeOfService = pos;
            return this;
        }

        public LineSpec revenueCode(String code) {
            this.revenueCode = code;
            return this;
        }

        public LineSpec pointers(String... values) {
            pointers.clear();
            pointers.addAll(List.of(values));
            return this;
        }

        public TestClaims done() {
            return owner;
        }
    }
}

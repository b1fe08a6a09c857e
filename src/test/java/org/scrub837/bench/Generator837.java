package org.scrub837.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.scrub837.model.ClaimType;

/**
 * Writes large, valid 837P (005010X222A1) or 837I (005010X223A2) files for benchmarks and tests,
 * deterministic from a seed and streamed (nothing grows with the file). Beside the file it writes
 * {@code <file>.expected.tsv}: one row per claim with the status the scrub must give it and, for a
 * claim with a planted defect, the rule that must reject it.
 *
 * <p>Names are made up ({@code PATIENT000123}, {@code PROVIDER0001 CLINIC}); nothing in the file is
 * PHI. One interchange holds the configured groups and transactions; each transaction restarts its
 * HL numbering at 1 and holds billing providers, subscribers (some with a 2000C patient) and 1-3
 * claims per subscriber or patient.
 */
public final class Generator837 {

    /** Header row of the expected-outcomes file. */
    public static final String EXPECTED_HEADER = "claimId\tstatus\truleId";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    private static final String SENDER = "SCRUBBENCH";
    private static final String RECEIVER = "SCRUBRECEIVER";
    private static final String FILE_DATE = "20251103";
    private static final String FILE_TIME = "1200";

    /** What was written. */
    public record Summary(Path file, Path expected, long bytes, long claims, int groups, int transactions,
            Map<PlantedDefect, Long> defects) {

        public long defectiveClaims() {
            long sum = 0;
            for (long n : defects.values()) {
                sum += n;
            }
            return sum;
        }
    }

    private final GeneratorOptions options;
    private final SplittableRandom random;
    private final ClaimPlanner planner;
    private final PlantedDefect[] defectCycle;
    private final Map<PlantedDefect, Long> defectCounts = new EnumMap<>(PlantedDefect.class);
    private SegmentOut out;
    private Writer expected;
    private long claims;
    private long cleanClaims;
    private long providers;
    private long persons;
    private int hlId;

    private Generator837(GeneratorOptions options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.planner = new ClaimPlanner(options.type(), random);
        this.defectCycle = options.defectCycle();
    }

    /** Where the expected outcomes of a generated file go. */
    public static Path expectedPath(Path file) {
        return file.resolveSibling(file.getFileName() + ".expected.tsv");
    }

    public static Summary generate(GeneratorOptions options, Path file) throws IOException {
        return new Generator837(options).write(file);
    }

    private Summary write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path expectedFile = expectedPath(file);
        int transactions = options.targetClaims() > 0
                ? (int) Math.min(options.transactions(), options.targetClaims())
                : options.transactions();
        int groups = Math.min(options.groups(), transactions);
        try (SegmentOut segments = new SegmentOut(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                options.lineBreaks());
                Writer tsv = new BufferedWriter(Files.newBufferedWriter(expectedFile, StandardCharsets.US_ASCII),
                        1 << 16)) {
            this.out = segments;
            this.expected = tsv;
            expected.write(EXPECTED_HEADER);
            expected.write('\n');
            writeInterchange(transactions, groups);
            return new Summary(file, expectedFile, segments.bytes(), claims, groups, transactions,
                    Map.copyOf(defectCounts));
        }
    }

    private void writeInterchange(int transactions, int groups) throws IOException {
        out.start("ISA").el("00").el("          ").el("00").el("          ").el("ZZ").el(pad(SENDER, 15))
                .el("ZZ").el(pad(RECEIVER, 15)).el(FILE_DATE.substring(2)).el(FILE_TIME)
                .el(String.valueOf(SegmentOut.REPETITION)).el("00501").el("000000001").el("0").el("T")
                .el(String.valueOf(SegmentOut.COMPONENT)).end();
        int group = -1;
        int transactionsInGroup = 0;
        for (int t = 0; t < transactions; t++) {
            int g = (int) ((long) t * groups / transactions);
            if (g != group) {
                if (group >= 0) {
                    out.start("GE").el(transactionsInGroup).el(group + 1).end();
                }
                group = g;
                transactionsInGroup = 0;
                out.start("GS").el("HC").el(SENDER).el(RECEIVER).el(FILE_DATE).el(FILE_TIME).el(group + 1)
                        .el("X").el(implementationConvention()).end();
            }
            writeTransaction(t, transactions);
            transactionsInGroup++;
        }
        out.start("GE").el(transactionsInGroup).el(group + 1).end();
        out.start("IEA").el(groups).el("000000001").end();
    }

    private String implementationConvention() {
        return options.type() == ClaimType.PROFESSIONAL ? "005010X222A1" : "005010X223A2";
    }

    private void writeTransaction(int t, int transactions) throws IOException {
        String control = String.format("%04d", t + 1);
        out.resetTransactionCount();
        out.start("ST").el("837").el(control).el(implementationConvention()).end();
        out.start("BHT").el("0019").el("00").el("B" + control).el(FILE_DATE).el(FILE_TIME).el("CH").end();
        out.start("NM1").el("41").el("2").el("SCRUB837 BENCH SUBMITTER").el("").el("").el("").el("")
                .el("46").el("SUB0001").end();
        out.start("PER").el("IC").el("BENCH CONTACT").el("TE").el("5555550100").end();
        out.start("NM1").el("40").el("2").el("BENCH RECEIVER").el("").el("").el("").el("").el("46")
                .el("REC0001").end();
        hlId = 0;
        long claimLimit = options.targetClaims() > 0 ? options.targetClaims() * (t + 1) / transactions : 0;
        long byteLimit = options.targetBytes() > 0 ? options.targetBytes() * (t + 1) / transactions : 0;
        int providerHl = 0;
        int subscribersLeft = 0;
        do {
            if (subscribersLeft == 0) {
                providerHl = writeBillingProvider();
                subscribersLeft = 5 + random.nextInt(36);
            }
            int perSubscriber = 1 + random.nextInt(3);
            if (claimLimit > 0) {
                perSubscriber = (int) Math.min(perSubscriber, claimLimit - claims);
            }
            writeSubscriber(providerHl, perSubscriber);
            subscribersLeft--;
        } while (claimLimit > 0 ? claims < claimLimit : out.bytes() < byteLimit);
        out.start("SE").el(out.transactionSegments() + 1).el(control).end();
    }

    private int writeBillingProvider() throws IOException {
        providers++;
        int id = ++hlId;
        boolean professional = options.type() == ClaimType.PROFESSIONAL;
        out.start("HL").el(id).el("").el("20").el("1").end();
        out.start("PRV").el("BI").el("PXC").el(professional ? "207Q00000X" : "282N00000X").end();
        out.start("NM1").el("85").el("2").el((professional ? "PROVIDER" : "HOSPITAL") + digits(providers, 4)
                + (professional ? " CLINIC" : "")).el("").el("").el("").el("").el("XX").el(npi(providers)).end();
        out.start("N3").el(100 + providers % 900 + " MAIN ST").end();
        out.start("N4").el("ANYTOWN").el("PA").el("171010001").end();
        out.start("REF").el("EI").el("9" + digits(providers, 8)).end();
        return id;
    }

    private void writeSubscriber(int providerHl, int claimCount) throws IOException {
        boolean professional = options.type() == ClaimType.PROFESSIONAL;
        // Medicare subscribers are their own patients; some commercial ones carry a 2000C patient.
        boolean medicare = random.nextInt(10) < 7;
        boolean separatePatient = !medicare && random.nextBoolean();
        long subscriber = ++persons;
        int subscriberHl = ++hlId;
        out.start("HL").el(subscriberHl).el(providerHl).el("22").el(separatePatient ? "1" : "0").end();
        SegmentOut sbr = out.start("SBR").el("P").el(separatePatient ? "" : "18");
        String filing = medicare ? (professional ? "MB" : "MA") : "CI";
        sbr.el("").el("").el("").el("").el("").el("").el(filing).end();
        out.start("NM1").el("IL").el("1").el((separatePatient ? "SUBSCRIBER" : "PATIENT") + digits(subscriber, 6))
                .el("ALEX").el("").el("").el("").el("MI").el(medicareBeneficiaryId(subscriber)).end();
        writeAddressAndBirth(subscriber);
        String payer = medicare ? (professional ? "MEDICARE PART B" : "MEDICARE PART A") : "ACME HEALTH PLAN";
        out.start("NM1").el("PR").el("2").el(payer).el("").el("").el("").el("").el("PI")
                .el(medicare ? (professional ? "99901" : "99903") : "99902").end();
        if (separatePatient) {
            long patient = ++persons;
            out.start("HL").el(++hlId).el(subscriberHl).el("23").el("0").end();
            out.start("PAT").el("19").end();
            out.start("NM1").el("QC").el("1").el("PATIENT" + digits(patient, 6)).el("SAM").end();
            writeAddressAndBirth(patient);
        }
        for (int i = 0; i < claimCount; i++) {
            writeClaim(plan());
        }
    }

    /** Letters of a Medicare Beneficiary Identifier: A-Z without S, L, O, I, B, Z. */
    private static final String MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";

    /**
     * A member id in the CMS MBI format (digit 1-9, letter, letter or digit, digit, letter, letter or
     * digit, digit, letter, letter, digit, digit), distinct per person: Medicare front ends reject any
     * other shape for SBR09 MB/MA, and the other payers take it as any member id.
     */
    static String medicareBeneficiaryId(long person) {
        StringBuilder b = new StringBuilder(11);
        long n = person;
        b.append((char) ('1' + n % 9));
        n /= 9;
        b.append(MBI_LETTERS.charAt((int) (n % 20)));
        n /= 20;
        b.append(MBI_LETTERS.charAt((int) (n % 20)));
        n /= 20;
        b.append((char) ('0' + n % 10));
        n /= 10;
        b.append(MBI_LETTERS.charAt((int) (n % 20)));
        n /= 20;
        b.append(MBI_LETTERS.charAt((int) (n % 20)));
        n /= 20;
        b.append((char) ('0' + n % 10));
        n /= 10;
        b.append(MBI_LETTERS.charAt((int) (n % 20)));
        n /= 20;
        b.append(MBI_LETTERS.charAt((int) (n % 20)));
        n /= 20;
        b.append((char) ('0' + n % 10));
        n /= 10;
        b.append((char) ('0' + n % 10));
        return b.toString();
    }

    private void writeAddressAndBirth(long person) throws IOException {
        out.start("N3").el(1 + person % 9000 + " ELM ST").end();
        out.start("N4").el("ANYTOWN").el("PA").el("17101").end();
        out.start("DMG").el("D8").el("19" + (40 + person % 50) + "0" + (1 + person % 9) + ClaimPlanner.twoDigits(
                1 + (int) (person % 28))).el(person % 2 == 0 ? "F" : "M").end();
    }

    /** Shares are met exactly: claim n carries a defect when floor(n * share) steps up. */
    private PlannedClaim plan() {
        long n = claims;
        if (defectCycle.length > 0 && steps(n, options.defectShare())) {
            long defective = 0;
            for (long c : defectCounts.values()) {
                defective += c;
            }
            PlantedDefect defect = defectCycle[(int) (defective % defectCycle.length)];
            defectCounts.merge(defect, 1L, Long::sum);
            return defect == PlantedDefect.CLAIM_BALANCE ? planner.routine(defect)
                    : planner.skinSubstitute(false, defect);
        }
        long clean = cleanClaims++;
        if (steps(clean, options.skinShare())) {
            return planner.skinSubstitute(random.nextDouble() < options.jwShare(), null);
        }
        return planner.routine(null);
    }

    private static boolean steps(long n, double share) {
        return (long) Math.floor((n + 1) * share) > (long) Math.floor(n * share);
    }

    private void writeClaim(PlannedClaim claim) throws IOException {
        claims++;
        String claimId = "C" + digits(claims, 10);
        boolean professional = options.type() == ClaimType.PROFESSIONAL;
        SegmentOut clm = out.start("CLM").el(claimId).amount(claim.totalCents()).el("").el("");
        if (professional) {
            clm.el("11:B:1").el("Y").el("A").el("Y").el("Y").end();
        } else {
            clm.el("13:A:1").el("").el("A").el("Y").el("Y").end();
            out.start("DTP").el("434").el("RD8").el(claim.date() + "-" + claim.date()).end();
            out.start("CL1").el("3").el("").el("01").end();
        }
        if (professional) {
            out.start("HI").el("ABK:" + claim.diagnoses().get(0)).el("ABF:" + claim.diagnoses().get(1)).end();
        } else {
            out.start("HI").el("ABK:" + claim.diagnoses().get(0)).end();
            out.start("HI").el("ABF:" + claim.diagnoses().get(1)).end();
            out.start("NM1").el("71").el("1").el("ATTENDING" + digits(providers, 4)).el("DANA").el("").el("")
                    .el("").el("XX").el(npi(1_000_000 + providers)).end();
        }
        int lineNumber = 0;
        for (PlannedLine line : claim.lines()) {
            out.start("LX").el(++lineNumber).end();
            String procedure = "HC:" + line.code() + (line.modifier() == null ? "" : ":" + line.modifier());
            SegmentOut sv;
            if (professional) {
                sv = out.start("SV1").el(procedure).amount(line.chargeCents()).el(line.unitBasis())
                        .el(line.quantity()).el("").el("").el(line.pointers());
            } else {
                sv = out.start("SV2").el(line.revenueCode()).el(procedure).amount(line.chargeCents())
                        .el(line.unitBasis());
                if (!line.quantity().isEmpty()) {
                    sv.el(line.quantity());
                }
            }
            sv.end();
            out.start("DTP").el("472").el("D8").el(claim.date()).end();
        }
        PlantedDefect defect = claim.defect();
        expected.write(claimId);
        expected.write(defect == null ? "\t" + ACCEPTED + "\t\n" : "\t" + REJECTED + "\t" + defect.ruleId() + "\n");
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String digits(long n, int width) {
        String s = Long.toString(n);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }

    /** A made-up 10-digit NPI whose check digit passes the Luhn check (with the 80840 prefix). */
    static String npi(long n) {
        String base = "1" + digits(n % 100_000_000L, 8);
        int sum = 24; // the 80840 prefix's contribution
        for (int i = 0; i < 9; i++) {
            int d = base.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return base + (10 - sum % 10) % 10;
    }
}

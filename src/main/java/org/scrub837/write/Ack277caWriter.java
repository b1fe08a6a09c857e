package org.scrub837.write;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.DateRange;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;
import org.scrub837.model.Transaction;

/**
 * {@code B.277ca}: the claim acknowledgment (005010X214), one 277 transaction per 837 transaction
 * that carried claims, written with StAEDI's writer ({@link AckOutput}).
 *
 * <pre>
 * ST*277 BHT*0085*08*&lt;837 BHT03&gt;*date*time*TH
 * HL 20 information source   NM1*AY (the 837's 1000B receiver) TRN*1 DTP*050 DTP*009
 * HL 21 information receiver NM1*41 (the 837's 1000A submitter) TRN*2*&lt;837 BHT03&gt;
 *                            QTY*90 accepted / QTY*AA rejected, AMT*YU / AMT*YY their CLM02 totals
 * HL 19 billing provider     NM1*85 TRN*1*0 REF*TJ (from REF*EI) QTY*QA / QTY*QC, AMT*YU / AMT*YY
 * HL PT one per claim        NM1*QC (patient, or subscriber when the subscriber is the patient; member id)
 *                            TRN*2*CLM01 STC REF*D9 (when the 837 sent one) REF*BLT (837I) DTP*472
 *   2220D per rejected line  SVC STC DTP*472
 * </pre>
 *
 * Accepted claims get {@code STC*A1:20*date*WQ*charge}; rejected ones one status per distinct
 * problem ({@link ClaimStatusCodes}), up to three per STC (STC01, STC10, STC11) with the rule ids in
 * STC12 and action U. Warnings never appear (there is no "accepted with warnings" in a 277CA).
 *
 * <p>The totals come before the claims they count, so while a transaction streams its claims go
 * to one spool file and each billing-provider group (written when the provider changes) to
 * another, as plain records ({@link RecordSpool}); the 277 transaction is assembled from both when the 837 transaction ends. A provider
 * that comes back later in the same transaction starts a new HL 19. Memory holds one group's
 * totals; a failed file or one without claims gets no 277CA.
 */
public final class Ack277caWriter implements ResultWriter {

    static final String VERSION = "005010X214";

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Path target;
    private final ControlNumbers numbers;
    private final Clock clock;

    private AckOutput out;

    private Transaction transaction;
    private SpoolFile claimSpool;
    private RecordSpool.Out claims;
    private SpoolFile groupSpool;
    private RecordSpool.Out groups;
    private GroupRecord group;
    private int groupSourcePosition;
    /** Provider groups spooled so far in this transaction; the open group gets this index. */
    private int groupsWritten;
    /** Claims spooled so far in this transaction. */
    private int claimsSpooled;
    private final Totals transactionTotals = new Totals();

    /** A 277CA keeping the input's control numbers for ISA13/GS06, dated by the system clock. */
    public Ack277caWriter(Path target) {
        this(target, OriginalControlNumbers.INSTANCE, Clock.systemUTC());
    }

    public Ack277caWriter(Path target, ControlNumbers numbers, Clock clock) {
        this.target = Objects.requireNonNull(target, "target");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        Claim claim = result.claim();
        if (transaction != null && transaction != claim.transaction() && !transaction.equals(claim.transaction())) {
            writeTransaction();
        }
        if (transaction == null) {
            transaction = claim.transaction();
            claimSpool = new SpoolFile(target, "claims");
            claims = new RecordSpool.Out(claimSpool.output());
            groupSpool = new SpoolFile(target, "providers");
            groups = new RecordSpool.Out(groupSpool.output());
            claimsSpooled = 0;
            transactionTotals.clear();
        }
        HierarchyLevel provider = claim.billingProvider();
        // a claim read without a billing provider (the guide rejects it) is grouped under an empty one
        int providerPosition = provider == null ? -1 : provider.position();
        if (group == null || groupSourcePosition != providerPosition) {
            closeGroup();
            group = GroupRecord.of(provider, claim.transaction().interchange().delimiters().element());
            groupSourcePosition = providerPosition;
        }
        ClaimRecord record = ClaimRecord.of(result, groupsWritten);
        BigDecimal charge = claim.totalCharge() == null ? BigDecimal.ZERO : claim.totalCharge();
        group.totals.add(result.rejected(), charge);
        transactionTotals.add(result.rejected(), charge);
        record.writeTo(claims);
        claimsSpooled++;
    }

    private void closeGroup() throws IOException {
        if (group != null) {
            group.withIndex(groupsWritten).writeTo(groups);
            groupsWritten++;
            group = null;
        }
    }

    @Override
    public void endTransaction(Transaction tx, EnvelopeEnd end) throws IOException {
        if (transaction != null) {
            writeTransaction();
        }
    }

    /** Assembles the 277 transaction of the current 837 transaction from the spools. */
    private void writeTransaction() throws IOException {
        closeGroup();
        claims.close();
        groups.close();
        try {
            if (out == null) {
                out = new AckOutput(target, transaction.interchange(), transaction.group(), "HN", VERSION, numbers,
                        clock);
            }
            char sep = transaction.interchange().delimiters().element();
            List<String> bht = headerSegment(transaction, "BHT", null, sep);
            List<String> submitter = headerSegment(transaction, "NM1", "41", sep);
            List<String> receiver = headerSegment(transaction, "NM1", "40", sep);
            String reference = AckOutput.element(bht, 3);
            String date = out.date();

            out.startTransaction("277", VERSION);
            out.segment("BHT", "0085", "08", reference.isEmpty() ? transaction.controlNumber() : reference, date,
                    out.time(), "TH");
            out.segment("HL", "1", "", "20", "1");
            out.segment("NM1", "AY", "2", orDefault(AckOutput.element(receiver, 3), "RECEIVER"), "", "", "", "", "46",
                    orDefault(AckOutput.element(receiver, 9), "RECEIVER"));
            out.segment("TRN", "1", transaction.interchange().controlNumber() + transaction.controlNumber());
            out.segment("DTP", "050", "D8", date);
            out.segment("DTP", "009", "D8", date);
            out.segment("HL", "2", "1", "21", "1");
            out.segment("NM1", "41", orDefault(AckOutput.element(submitter, 2), "2"),
                    orDefault(AckOutput.element(submitter, 3), "SUBMITTER"), AckOutput.element(submitter, 4),
                    AckOutput.element(submitter, 5), "", "", "46", orDefault(AckOutput.element(submitter, 9), "SUBMITTER"));
            out.segment("TRN", "2", reference.isEmpty() ? transaction.controlNumber() : reference);
            writeTotals(transactionTotals, "90", "AA");
            int hl = 2;
            try (RecordSpool.In groupIn = new RecordSpool.In(groupSpool.input());
                    RecordSpool.In claimIn = new RecordSpool.In(claimSpool.input())) {
                int claimsLeft = claimsSpooled;
                ClaimRecord pending = claimsLeft-- > 0 ? ClaimRecord.readFrom(claimIn) : null;
                for (int groupIndex = 0; groupIndex < groupsWritten; groupIndex++) {
                    GroupRecord g = GroupRecord.readFrom(groupIn);
                    int groupHl = ++hl;
                    out.segment("HL", Integer.toString(groupHl), "2", "19", "1");
                    out.segment("NM1", "85", orDefault(g.entityType, "2"), g.lastName, g.firstName, g.middleName, "",
                            g.suffix, orDefault(g.idQualifier, "XX"), g.id);
                    out.segment("TRN", "1", "0");
                    if (g.taxId != null && !g.taxId.isEmpty()) {
                        out.segment("REF", "TJ", g.taxId);
                    }
                    writeTotals(g.totals, "QA", "QC");
                    while (pending != null && pending.group == g.index) {
                        writeClaim(++hl, groupHl, pending, date);
                        pending = claimsLeft-- > 0 ? ClaimRecord.readFrom(claimIn) : null;
                    }
                }
            }
            out.endTransaction();
        } finally {
            dropSpools();
            transaction = null;
            groupsWritten = 0;
        }
    }

    private void writeTotals(Totals totals, String acceptedQualifier, String rejectedQualifier) throws IOException {
        if (totals.accepted > 0) {
            out.segment("QTY", acceptedQualifier, Long.toString(totals.accepted));
        }
        if (totals.rejected > 0) {
            out.segment("QTY", rejectedQualifier, Long.toString(totals.rejected));
        }
        if (totals.accepted > 0) {
            out.segment("AMT", "YU", amount(totals.acceptedAmount));
        }
        if (totals.rejected > 0) {
            out.segment("AMT", "YY", amount(totals.rejectedAmount));
        }
    }

    private void writeClaim(int hl, int parent, ClaimRecord c, String date) throws IOException {
        out.segment("HL", Integer.toString(hl), Integer.toString(parent), "PT");
        out.segment("NM1", "QC", "1", c.lastName, c.firstName, c.middleName, "", c.suffix,
                c.memberId == null || c.memberId.isEmpty() ? "" : orDefault(c.memberIdQualifier, "MI"), c.memberId);
        out.segment("TRN", "2", c.claimId);
        if (c.statuses.isEmpty()) {
            out.segment("STC", new String[] {ClaimStatusCodes.ACCEPTED.category(), ClaimStatusCodes.ACCEPTED.code()},
                    date, "WQ", c.charge);
        } else {
            writeStatuses(c.statuses, date, c.charge, String.join(" ", c.rules));
        }
        if (c.clearinghouseTrace != null) {
            out.segment("REF", "D9", c.clearinghouseTrace);
        }
        if (c.billType != null) {
            out.segment("REF", "BLT", c.billType);
        }
        if (c.from != null) {
            writeDate(c.from, c.to);
        }
        for (LineRecord line : c.lines) {
            out.segment("SVC", line.procedure.toArray(new String[0]), line.charge, "", orEmpty(line.revenueCode), "",
                    "", orEmpty(line.units));
            writeStatuses(line.statuses, date, line.charge, null);
            if (line.from != null) {
                writeDate(line.from, line.to);
            }
        }
    }

    /** Up to three statuses per STC (STC01, STC10, STC11); the rule ids in STC12 of the first. */
    private void writeStatuses(List<List<String>> statuses, String date, String amount, String message)
            throws IOException {
        for (int i = 0; i < statuses.size(); i += 3) {
            Object[] e = new Object[12];
            java.util.Arrays.fill(e, "");
            e[0] = statuses.get(i).toArray(new String[0]);
            e[1] = date;
            e[2] = "U";
            e[3] = orDefault(amount, "0");
            if (i + 1 < statuses.size()) {
                e[9] = statuses.get(i + 1).toArray(new String[0]);
            }
            if (i + 2 < statuses.size()) {
                e[10] = statuses.get(i + 2).toArray(new String[0]);
            }
            if (i == 0 && message != null) {
                e[11] = message.length() > 264 ? message.substring(0, 264) : message;
            }
            out.segment("STC", e);
        }
    }

    private void writeDate(String from, String to) throws IOException {
        if (to == null || to.equals(from)) {
            out.segment("DTP", "472", "D8", from);
        } else {
            out.segment("DTP", "472", "RD8", from + "-" + to);
        }
    }

    private static List<String> headerSegment(Transaction tx, String tag, String qualifier, char sep) {
        for (Segment s : tx.headerSegments()) {
            if (s.tag().equals(tag)) {
                List<String> e = AckOutput.elementsOf(s.text(), sep);
                if (qualifier == null || qualifier.equals(AckOutput.element(e, 1))) {
                    return e;
                }
            }
        }
        return List.of();
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        if (outcome.status() == FileStatus.FAILED) {
            close();
            return;
        }
        if (transaction != null) {
            writeTransaction();
        }
        if (out != null) {
            AckOutput done = out;
            out = null;
            done.commit();
        }
    }

    @Override
    public void close() {
        dropSpools();
        transaction = null;
        if (out != null) {
            out.discard();
            out = null;
        }
    }

    private void dropSpools() {
        for (RecordSpool.Out w : new RecordSpool.Out[] {claims, groups}) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // deleted below
                }
            }
        }
        claims = null;
        groups = null;
        group = null;
        if (claimSpool != null) {
            claimSpool.close();
            claimSpool = null;
        }
        if (groupSpool != null) {
            groupSpool.close();
            groupSpool = null;
        }
    }

    static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String yyyymmdd(LocalDate d) {
        return d.format(CCYYMMDD);
    }

    /** Counts and CLM02 sums of accepted and rejected claims. */
    static final class Totals {
        public long accepted;
        public long rejected;
        public BigDecimal acceptedAmount = BigDecimal.ZERO;
        public BigDecimal rejectedAmount = BigDecimal.ZERO;

        void add(boolean isRejected, BigDecimal charge) {
            if (isRejected) {
                rejected++;
                rejectedAmount = rejectedAmount.add(charge);
            } else {
                accepted++;
                acceptedAmount = acceptedAmount.add(charge);
            }
        }

        void clear() {
            accepted = 0;
            rejected = 0;
            acceptedAmount = BigDecimal.ZERO;
            rejectedAmount = BigDecimal.ZERO;
        }

        void writeTo(RecordSpool.Out out) throws IOException {
            out.number(accepted);
            out.number(rejected);
            out.string(acceptedAmount.toString());
            out.string(rejectedAmount.toString());
        }

        static Totals readFrom(RecordSpool.In in) throws IOException {
            Totals t = new Totals();
            t.accepted = in.number();
            t.rejected = in.number();
            t.acceptedAmount = new BigDecimal(in.string());
            t.rejectedAmount = new BigDecimal(in.string());
            return t;
        }
    }

    /** One billing-provider group as spooled: its NM1*85 and its totals. */
    static final class GroupRecord {
        public int index;
        public String entityType;
        public String lastName;
        public String firstName;
        public String middleName;
        public String suffix;
        public String idQualifier;
        public String id;
        public String taxId;
        public Totals totals = new Totals();

        /** @param provider null for claims read without one: a group with no name or id */
        static GroupRecord of(HierarchyLevel provider, char sep) {
            GroupRecord g = new GroupRecord();
            if (provider == null) {
                return g;
            }
            for (Segment s : provider.segments()) {
                List<String> e = AckOutput.elementsOf(s.text(), sep);
                if (s.tag().equals("NM1") && "85".equals(AckOutput.element(e, 1))) {
                    g.entityType = AckOutput.element(e, 2);
                    g.lastName = AckOutput.element(e, 3);
                    g.firstName = AckOutput.element(e, 4);
                    g.middleName = AckOutput.element(e, 5);
                    g.suffix = AckOutput.element(e, 7);
                    g.idQualifier = AckOutput.element(e, 8);
                    g.id = AckOutput.element(e, 9);
                } else if (s.tag().equals("REF") && "EI".equals(AckOutput.element(e, 1))) {
                    g.taxId = AckOutput.element(e, 2);
                }
            }
            return g;
        }

        GroupRecord withIndex(int i) {
            index = i;
            return this;
        }

        void writeTo(RecordSpool.Out out) throws IOException {
            out.integer(index);
            for (String v : new String[] {entityType, lastName, firstName, middleName, suffix, idQualifier, id, taxId}) {
                out.string(v);
            }
            totals.writeTo(out);
        }

        static GroupRecord readFrom(RecordSpool.In in) throws IOException {
            GroupRecord g = new GroupRecord();
            g.index = in.integer();
            g.entityType = in.string();
            g.lastName = in.string();
            g.firstName = in.string();
            g.middleName = in.string();
            g.suffix = in.string();
            g.idQualifier = in.string();
            g.id = in.string();
            g.taxId = in.string();
            g.totals = Totals.readFrom(in);
            return g;
        }
    }

    /** One claim as spooled: what its 2000D level needs. */
    static final class ClaimRecord {
        public int group;
        public String lastName;
        public String firstName;
        public String middleName;
        public String suffix;
        public String memberIdQualifier;
        public String memberId;
        public String claimId;
        public String charge;
        public List<List<String>> statuses = new ArrayList<>();
        public List<String> rules = new ArrayList<>();
        public String clearinghouseTrace;
        public String billType;
        public String from;
        public String to;
        public List<LineRecord> lines = new ArrayList<>();

        static ClaimRecord of(ClaimResult result, int group) {
            Claim claim = result.claim();
            char sep = claim.transaction().interchange().delimiters().element();
            ClaimRecord r = new ClaimRecord();
            r.group = group;
            List<String> subscriber = nm1(claim.subscriber(), "IL", sep);
            List<String> person = claim.patient() != null ? nm1(claim.patient(), "QC", sep) : subscriber;
            r.lastName = AckOutput.element(person, 3);
            r.firstName = AckOutput.element(person, 4);
            r.middleName = AckOutput.element(person, 5);
            r.suffix = AckOutput.element(person, 7);
            r.memberIdQualifier = AckOutput.element(subscriber, 8);
            r.memberId = AckOutput.element(subscriber, 9);
            r.claimId = claim.claimId();
            r.charge = claim.totalCharge() == null ? "0" : amount(claim.totalCharge());
            for (Segment s : claim.segments()) {
                if (s.tag().equals("REF")) {
                    List<String> e = AckOutput.elementsOf(s.text(), sep);
                    if ("D9".equals(AckOutput.element(e, 1))) {
                        r.clearinghouseTrace = AckOutput.element(e, 2);
                    }
                }
            }
            r.billType = claim.typeOfBill();
            DateRange dates = serviceDates(claim);
            if (dates != null) {
                r.from = yyyymmdd(dates.from());
                r.to = yyyymmdd(dates.to());
            }
            if (result.rejected()) {
                Set<List<String>> claimStatuses = new LinkedHashSet<>();
                Map<Integer, Set<List<String>>> lineStatuses = new LinkedHashMap<>();
                Set<String> rules = new LinkedHashSet<>();
                for (Finding f : result.findings()) {
                    if (!f.rejects()) {
                        continue;
                    }
                    ClaimStatusCodes.Status st = ClaimStatusCodes.of(f);
                    List<String> composite = List.of(st.category(), st.code());
                    claimStatuses.add(composite);
                    rules.add(f.ruleId());
                    if (f.line() != null) {
                        lineStatuses.computeIfAbsent(f.line(), k -> new LinkedHashSet<>()).add(composite);
                    }
                }
                r.statuses.addAll(claimStatuses);
                r.rules.addAll(rules);
                for (Map.Entry<Integer, Set<List<String>>> e : lineStatuses.entrySet()) {
                    ServiceLine line = lineNumbered(claim, e.getKey());
                    if (line != null) {
                        r.lines.add(LineRecord.of(claim, line, new ArrayList<>(e.getValue())));
                    }
                }
            }
            return r;
        }

        void writeTo(RecordSpool.Out out) throws IOException {
            out.integer(group);
            for (String v : new String[] {lastName, firstName, middleName, suffix, memberIdQualifier, memberId, claimId,
                    charge, clearinghouseTrace, billType, from, to}) {
                out.string(v);
            }
            out.stringLists(statuses);
            out.strings(rules);
            out.integer(lines.size());
            for (LineRecord line : lines) {
                line.writeTo(out);
            }
        }

        static ClaimRecord readFrom(RecordSpool.In in) throws IOException {
            ClaimRecord r = new ClaimRecord();
            r.group = in.integer();
            r.lastName = in.string();
            r.firstName = in.string();
            r.middleName = in.string();
            r.suffix = in.string();
            r.memberIdQualifier = in.string();
            r.memberId = in.string();
            r.claimId = in.string();
            r.charge = in.string();
            r.clearinghouseTrace = in.string();
            r.billType = in.string();
            r.from = in.string();
            r.to = in.string();
            r.statuses = in.stringLists();
            r.rules = in.strings();
            int n = in.integer();
            for (int i = 0; i < n; i++) {
                r.lines.add(LineRecord.readFrom(in));
            }
            return r;
        }

        /** @param level null for a claim read without it (the guide rejects such a claim): no name */
        private static List<String> nm1(HierarchyLevel level, String qualifier, char sep) {
            if (level == null) {
                return List.of();
            }
            for (Segment s : level.segments()) {
                if (s.tag().equals("NM1")) {
                    List<String> e = AckOutput.elementsOf(s.text(), sep);
                    if (qualifier.equals(AckOutput.element(e, 1))) {
                        return e;
                    }
                }
            }
            return List.of();
        }

        private static ServiceLine lineNumbered(Claim claim, int number) {
            for (ServiceLine l : claim.lines()) {
                if (l.lineNumber() != null && l.lineNumber() == number) {
                    return l;
                }
            }
            return null;
        }

        /** The claim's service date range: DTP*472, else statement dates, else the span of its lines. */
        private static DateRange serviceDates(Claim claim) {
            DateRange d = claim.dates().get(Claim.SERVICE_DATE);
            if (d == null) {
                d = claim.dates().get(Claim.STATEMENT_DATES);
            }
            if (d != null) {
                return d;
            }
            LocalDate from = null;
            LocalDate to = null;
            for (ServiceLine l : claim.lines()) {
                DateRange ld = l.serviceDate();
                if (ld != null) {
                    from = from == null || ld.from().isBefore(from) ? ld.from() : from;
                    to = to == null || ld.to().isAfter(to) ? ld.to() : to;
                }
            }
            return from == null ? null : new DateRange(from, to);
        }
    }

    /** A rejected service line as spooled: its 2220D. */
    static final class LineRecord {
        public List<String> procedure = new ArrayList<>();
        public String charge;
        public String revenueCode;
        public String units;
        public List<List<String>> statuses = new ArrayList<>();
        public String from;
        public String to;

        void writeTo(RecordSpool.Out out) throws IOException {
            out.strings(procedure);
            for (String v : new String[] {charge, revenueCode, units, from, to}) {
                out.string(v);
            }
            out.stringLists(statuses);
        }

        static LineRecord readFrom(RecordSpool.In in) throws IOException {
            LineRecord r = new LineRecord();
            r.procedure = in.strings();
            r.charge = in.string();
            r.revenueCode = in.string();
            r.units = in.string();
            r.from = in.string();
            r.to = in.string();
            r.statuses = in.stringLists();
            return r;
        }

        static LineRecord of(Claim claim, ServiceLine line, List<List<String>> statuses) {
            LineRecord r = new LineRecord();
            r.procedure.add(line.procedureQualifier() == null ? "HC" : line.procedureQualifier());
            r.procedure.add(line.procedureCode() == null ? "" : line.procedureCode());
            r.procedure.addAll(line.modifiers().subList(0, Math.min(4, line.modifiers().size())));
            r.charge = line.charge() == null ? "0" : amount(line.charge());
            r.revenueCode = line.revenueCode();
            r.units = line.quantity() == null ? null : amount(line.quantity());
            r.statuses = statuses;
            DateRange d = claim.dateOfService(line);
            if (d != null) {
                r.from = yyyymmdd(d.from());
                r.to = yyyymmdd(d.to());
            }
            return r;
        }
    }
}

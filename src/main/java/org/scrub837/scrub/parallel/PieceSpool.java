package org.scrub837.scrub.parallel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
import org.scrub837.model.Delimiters;
import org.scrub837.model.Diagnosis;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.Finding;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Interchange;
import org.scrub837.model.Payer;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;
import org.scrub837.model.Severity;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;

/**
 * The results of one scrubbed transaction in a temporary file, so that a transaction of any size
 * waits for its turn on disk, not in memory: the transaction once, then each judged claim without
 * its transaction, then the SE envelope end. A plain binary encoding of the model's records, field
 * by field in component order (Java serialization cost more than the scrub itself: it wrote the
 * class descriptors again after the per-claim reset that kept its handle table small). A level
 * (billing provider, subscriber, patient) shared by consecutive claims is written once and shared
 * again when read back, as the reader shares it.
 */
public final class PieceSpool {

    private static final byte TRANSACTION = 'T';
    private static final byte CLAIM = 'C';
    private static final byte END = 'E';
    private static final byte NO_LEVEL = 0;
    private static final byte SAME_LEVEL = 1;
    private static final byte NEW_LEVEL = 2;

    private PieceSpool() {
    }

    /** Writes one piece; not thread-safe. */
    public static final class Writer implements Closeable {
        private final DataOutputStream out;
        private final HierarchyLevel[] last = new HierarchyLevel[3];

        public Writer(Path file) throws IOException {
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        public void transaction(Transaction transaction) throws IOException {
            out.writeByte(TRANSACTION);
            Encoding.transaction(out, transaction);
        }

        public void claim(ClaimResult result) throws IOException {
            Claim c = result.claim();
            out.writeByte(CLAIM);
            level(0, c.billingProvider());
            level(1, c.subscriber());
            level(2, c.patient());
            Encoding.payer(out, c.payer());
            Encoding.string(out, c.claimId());
            Encoding.string(out, c.totalChargeText());
            Encoding.decimal(out, c.totalCharge());
            Encoding.string(out, c.facilityCode());
            Encoding.string(out, c.frequencyCode());
            out.writeInt(c.diagnoses().size());
            for (Diagnosis d : c.diagnoses()) {
                Encoding.string(out, d.qualifier());
                Encoding.string(out, d.code());
                out.writeInt(d.position());
            }
            out.writeInt(c.dates().size());
            for (Map.Entry<String, DateRange> e : c.dates().entrySet()) {
                Encoding.string(out, e.getKey());
                Encoding.dateRange(out, e.getValue());
            }
            out.writeInt(c.lines().size());
            for (ServiceLine line : c.lines()) {
                Encoding.line(out, line);
            }
            Encoding.segments(out, c.segments());
            Encoding.issues(out, c.syntaxIssues());
            out.writeLong(c.ordinal());
            out.writeInt(result.findings().size());
            for (Finding f : result.findings()) {
                Encoding.string(out, f.ruleId());
                out.writeByte(f.severity().ordinal());
                Encoding.integer(out, f.line());
                out.writeInt(f.segmentPosition());
                Encoding.string(out, f.message());
                Encoding.string(out, f.authority());
                Encoding.string(out, f.claimStatus());
                Encoding.issues(out, f.ackIssue() == null ? List.of() : List.of(f.ackIssue()));
                Encoding.string(out, f.edition());
            }
            Encoding.string(out, result.payerProfile());
        }

        private void level(int slot, HierarchyLevel level) throws IOException {
            if (level == null) {
                out.writeByte(NO_LEVEL);
            } else if (level == last[slot]) {
                out.writeByte(SAME_LEVEL);
            } else {
                out.writeByte(NEW_LEVEL);
                Encoding.string(out, level.hlId());
                Encoding.string(out, level.parentId());
                Encoding.string(out, level.levelCode());
                Encoding.string(out, level.childCode());
                Encoding.segments(out, level.segments());
            }
            last[slot] = level;
        }

        public void end(EnvelopeEnd end) throws IOException {
            out.writeByte(END);
            out.writeBoolean(end.trailerPresent());
            Encoding.string(out, end.declaredCount());
            out.writeInt(end.actualCount());
            Encoding.string(out, end.trailerControlNumber());
            Encoding.issues(out, end.issues());
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads one piece back in the order it was written; not thread-safe. */
    public static final class Reader implements Closeable {
        private final DataInputStream in;
        private final HierarchyLevel[] last = new HierarchyLevel[3];

        public Reader(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        public Transaction transaction() throws IOException {
            expect(TRANSACTION);
            return Decoding.transaction(in);
        }

        /** True when a claim comes next, false when the envelope end does. */
        public boolean hasClaim() throws IOException {
            byte tag = in.readByte();
            if (tag == CLAIM) {
                return true;
            }
            if (tag == END) {
                return false;
            }
            throw new InvalidObjectException("unexpected record " + tag + " in a piece spool");
        }

        /**
         * The next claim, placed in {@code transaction} and numbered from {@code ordinalBase}
         * (its number within the piece is added).
         */
        public ClaimResult claim(Transaction transaction, long ordinalBase) throws IOException {
            HierarchyLevel billing = level(0);
            HierarchyLevel subscriber = level(1);
            HierarchyLevel patient = level(2);
            Payer payer = Decoding.payer(in);
            String claimId = Decoding.string(in);
            String chargeText = Decoding.string(in);
            BigDecimal charge = Decoding.decimal(in);
            String facility = Decoding.string(in);
            String frequency = Decoding.string(in);
            int n = Decoding.count(in);
            List<Diagnosis> diagnoses = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                diagnoses.add(new Diagnosis(Decoding.string(in), Decoding.string(in), in.readInt()));
            }
            n = Decoding.count(in);
            Map<String, DateRange> dates = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                dates.put(Decoding.string(in), Decoding.dateRange(in));
            }
            n = Decoding.count(in);
            List<ServiceLine> lines = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                lines.add(Decoding.line(in));
            }
            List<Segment> segments = Decoding.segments(in);
            List<SyntaxIssue> issues = Decoding.issues(in);
            long ordinal = in.readLong();
            Claim claim = new Claim(transaction, billing, subscriber, patient, payer, claimId, chargeText, charge,
                    facility, frequency, List.copyOf(diagnoses), Collections.unmodifiableMap(dates),
                    List.copyOf(lines), segments, issues, ordinalBase + ordinal);
            n = Decoding.count(in);
            List<Finding> findings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String rule = Decoding.string(in);
                Severity severity = Decoding.severity(in);
                Integer line = Decoding.integer(in);
                int position = in.readInt();
                String message = Decoding.string(in);
                String authority = Decoding.string(in);
                String claimStatus = Decoding.string(in);
                List<SyntaxIssue> ack = Decoding.issues(in);
                String edition = Decoding.string(in);
                findings.add(new Finding(rule, severity, line, position, message, authority, claimStatus,
                        ack.isEmpty() ? null : ack.get(0), edition));
            }
            return new ClaimResult(claim, List.copyOf(findings), Decoding.string(in));
        }

        /** The SE envelope end, after {@link #hasClaim()} said false. */
        public EnvelopeEnd end() throws IOException {
            return new EnvelopeEnd(in.readBoolean(), Decoding.string(in), in.readInt(), Decoding.string(in),
                    Decoding.issues(in));
        }

        private HierarchyLevel level(int slot) throws IOException {
            byte kind = in.readByte();
            HierarchyLevel level = switch (kind) {
                case NO_LEVEL -> null;
                case SAME_LEVEL -> last[slot];
                case NEW_LEVEL -> new HierarchyLevel(Decoding.string(in), Decoding.string(in), Decoding.string(in),
                        Decoding.string(in), Decoding.segments(in));
                default -> throw new InvalidObjectException("unexpected level marker " + kind + " in a piece spool");
            };
            last[slot] = level;
            return level;
        }

        private void expect(byte tag) throws IOException {
            byte found = in.readByte();
            if (found != tag) {
                throw new InvalidObjectException("unexpected record " + found + " in a piece spool");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Field-by-field writing; null is written as a marker wherever a component may be null. */
    private static final class Encoding {
        private Encoding() {
        }

        static void string(DataOutputStream out, String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        static void strings(DataOutputStream out, List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String v : values) {
                string(out, v);
            }
        }

        static void integer(DataOutputStream out, Integer value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeInt(value);
            }
        }

        static void decimal(DataOutputStream out, BigDecimal value) throws IOException {
            string(out, value == null ? null : value.toString());
        }

        static void date(DataOutputStream out, LocalDate date) throws IOException {
            out.writeBoolean(date != null);
            if (date != null) {
                out.writeLong(date.toEpochDay());
            }
        }

        static void dateRange(DataOutputStream out, DateRange range) throws IOException {
            out.writeBoolean(range != null);
            if (range != null) {
                date(out, range.from());
                date(out, range.to());
            }
        }

        static void payer(DataOutputStream out, Payer payer) throws IOException {
            out.writeBoolean(payer != null);
            if (payer != null) {
                string(out, payer.responsibility());
                string(out, payer.filingIndicator());
                string(out, payer.name());
                string(out, payer.id());
            }
        }

        static void segment(DataOutputStream out, Segment segment) throws IOException {
            string(out, segment.tag());
            string(out, segment.text());
            out.writeInt(segment.position());
        }

        static void segments(DataOutputStream out, List<Segment> segments) throws IOException {
            out.writeInt(segments.size());
            for (Segment segment : segments) {
                segment(out, segment);
            }
        }

        static void issues(DataOutputStream out, List<SyntaxIssue> issues) throws IOException {
            out.writeInt(issues.size());
            for (SyntaxIssue i : issues) {
                out.writeByte(i.scope().ordinal());
                string(out, i.code());
                string(out, i.segmentTag());
                out.writeInt(i.segmentPosition());
                string(out, i.loopId());
                integer(out, i.elementPosition());
                integer(out, i.componentPosition());
                string(out, i.elementReference());
                string(out, i.description());
            }
        }

        static void line(DataOutputStream out, ServiceLine l) throws IOException {
            integer(out, l.lineNumber());
            out.writeInt(l.lxPosition());
            out.writeInt(l.servicePosition());
            string(out, l.revenueCode());
            string(out, l.procedureQualifier());
            string(out, l.procedureCode());
            strings(out, l.modifiers());
            string(out, l.chargeText());
            decimal(out, l.charge());
            string(out, l.unitBasis());
            string(out, l.quantityText());
            decimal(out, l.quantity());
            string(out, l.placeOfService());
            strings(out, l.diagnosisPointers());
            dateRange(out, l.serviceDate());
            out.writeInt(l.serviceDatePosition());
        }

        static void transaction(DataOutputStream out, Transaction t) throws IOException {
            FunctionalGroup g = t.group();
            Interchange x = g.interchange();
            segment(out, x.isa());
            strings(out, x.elements());
            Delimiters d = x.delimiters();
            out.writeChar(d.element());
            out.writeChar(d.component());
            out.writeChar(d.repetition());
            out.writeChar(d.segment());
            string(out, d.segmentSuffix());
            out.writeInt(x.ordinal());
            segment(out, g.gs());
            strings(out, g.elements());
            out.writeInt(g.ordinal());
            string(out, t.transactionSetId());
            string(out, t.controlNumber());
            string(out, t.implementationConvention());
            out.writeBoolean(t.claimType() != null);
            if (t.claimType() != null) {
                out.writeByte(t.claimType().ordinal());
            }
            segments(out, t.headerSegments());
            out.writeInt(t.ordinal());
        }
    }

    /** The reverse of {@link Encoding}. */
    private static final class Decoding {
        private Decoding() {
        }

        static int count(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0) {
                throw new InvalidObjectException("negative count " + n + " in a piece spool");
            }
            return n;
        }

        static String string(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        static List<String> strings(DataInputStream in) throws IOException {
            int n = count(in);
            List<String> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(string(in));
            }
            return Collections.unmodifiableList(values);
        }

        static Integer integer(DataInputStream in) throws IOException {
            return in.readBoolean() ? in.readInt() : null;
        }

        static BigDecimal decimal(DataInputStream in) throws IOException {
            String text = string(in);
            return text == null ? null : new BigDecimal(text);
        }

        static LocalDate date(DataInputStream in) throws IOException {
            return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
        }

        static DateRange dateRange(DataInputStream in) throws IOException {
            return in.readBoolean() ? new DateRange(date(in), date(in)) : null;
        }

        static Payer payer(DataInputStream in) throws IOException {
            return in.readBoolean() ? new Payer(string(in), string(in), string(in), string(in)) : null;
        }

        static Severity severity(DataInputStream in) throws IOException {
            return enumAt(Severity.values(), in.readByte());
        }

        static Segment segment(DataInputStream in) throws IOException {
            return new Segment(string(in), string(in), in.readInt());
        }

        static List<Segment> segments(DataInputStream in) throws IOException {
            int n = count(in);
            List<Segment> segments = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                segments.add(segment(in));
            }
            return Collections.unmodifiableList(segments);
        }

        static List<SyntaxIssue> issues(DataInputStream in) throws IOException {
            int n = count(in);
            List<SyntaxIssue> issues = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                issues.add(new SyntaxIssue(enumAt(SyntaxIssue.Scope.values(), in.readByte()), string(in), string(in),
                        in.readInt(), string(in), integer(in), integer(in), string(in), string(in)));
            }
            return Collections.unmodifiableList(issues);
        }

        static ServiceLine line(DataInputStream in) throws IOException {
            return new ServiceLine(integer(in), in.readInt(), in.readInt(), string(in), string(in), string(in),
                    strings(in), string(in), decimal(in), string(in), string(in), decimal(in), string(in), strings(in),
                    dateRange(in), in.readInt());
        }

        static Transaction transaction(DataInputStream in) throws IOException {
            Segment isa = segment(in);
            List<String> isaElements = strings(in);
            Delimiters delimiters = new Delimiters(in.readChar(), in.readChar(), in.readChar(), in.readChar(),
                    string(in));
            Interchange interchange = new Interchange(isa, isaElements, delimiters, in.readInt());
            FunctionalGroup group = new FunctionalGroup(interchange, segment(in), strings(in), in.readInt());
            String id = string(in);
            String control = string(in);
            String convention = string(in);
            ClaimType type = in.readBoolean() ? enumAt(ClaimType.values(), in.readByte()) : null;
            return new Transaction(group, id, control, convention, type, segments(in), in.readInt());
        }

        private static <E> E enumAt(E[] values, int ordinal) throws InvalidObjectException {
            if (ordinal < 0 || ordinal >= values.length) {
                throw new InvalidObjectException("unknown constant " + ordinal + " in a piece spool");
            }
            return values[ordinal];
        }
    }
}

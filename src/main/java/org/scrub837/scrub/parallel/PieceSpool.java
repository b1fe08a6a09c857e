package org.scrub837.scrub.parallel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.DateRange;
import org.scrub837.model.Diagnosis;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.Finding;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Payer;
import org.scrub837.model.Segment;
import org.scrub837.model.ServiceLine;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;

/**
 * The results of one scrubbed transaction in a temporary file, so that a transaction of any size
 * waits for its turn on disk, not in memory: the transaction once, then each judged claim without
 * its transaction, then the SE envelope end. Java serialization with a reset after each claim, so
 * that the stream's handle table holds one claim at most. A level (billing provider, subscriber,
 * patient) shared by consecutive claims is written once and shared again when read back, as the
 * reader shares it.
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
        private final ObjectOutputStream out;
        private final HierarchyLevel[] last = new HierarchyLevel[3];

        public Writer(Path file) throws IOException {
            this.out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        public void transaction(Transaction transaction) throws IOException {
            out.writeByte(TRANSACTION);
            out.writeObject(transaction);
            out.reset();
        }

        public void claim(ClaimResult result) throws IOException {
            Claim c = result.claim();
            out.writeByte(CLAIM);
            level(0, c.billingProvider());
            level(1, c.subscriber());
            level(2, c.patient());
            out.writeObject(c.payer());
            out.writeObject(c.claimId());
            out.writeObject(c.totalChargeText());
            out.writeObject(c.totalCharge());
            out.writeObject(c.facilityCode());
            out.writeObject(c.frequencyCode());
            out.writeObject(c.diagnoses());
            out.writeObject(c.dates());
            out.writeObject(c.lines());
            out.writeObject(c.segments());
            out.writeObject(c.syntaxIssues());
            out.writeLong(c.ordinal());
            out.writeObject(result.findings());
            out.writeObject(result.payerProfile());
            out.reset();
        }

        private void level(int slot, HierarchyLevel level) throws IOException {
            if (level == null) {
                out.writeByte(NO_LEVEL);
            } else if (level == last[slot]) {
                out.writeByte(SAME_LEVEL);
            } else {
                out.writeByte(NEW_LEVEL);
                out.writeObject(level);
            }
            last[slot] = level;
        }

        public void end(EnvelopeEnd end) throws IOException {
            out.writeByte(END);
            out.writeObject(end);
            out.reset();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads one piece back in the order it was written; not thread-safe. */
    public static final class Reader implements Closeable {
        private final ObjectInputStream in;
        private final HierarchyLevel[] last = new HierarchyLevel[3];

        public Reader(Path file) throws IOException {
            this.in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        public Transaction transaction() throws IOException {
            expect(TRANSACTION);
            return read(Transaction.class);
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
        @SuppressWarnings("unchecked")
        public ClaimResult claim(Transaction transaction, long ordinalBase) throws IOException {
            HierarchyLevel billing = level(0);
            HierarchyLevel subscriber = level(1);
            HierarchyLevel patient = level(2);
            Claim claim = new Claim(transaction, billing, subscriber, patient, read(Payer.class), read(String.class),
                    read(String.class), read(BigDecimal.class), read(String.class), read(String.class),
                    (List<Diagnosis>) read(List.class), (Map<String, DateRange>) read(Map.class),
                    (List<ServiceLine>) read(List.class), (List<Segment>) read(List.class),
                    (List<SyntaxIssue>) read(List.class), ordinalBase + in.readLong());
            return new ClaimResult(claim, (List<Finding>) read(List.class), read(String.class));
        }

        /** The SE envelope end, after {@link #hasClaim()} said false. */
        public EnvelopeEnd end() throws IOException {
            return read(EnvelopeEnd.class);
        }

        private HierarchyLevel level(int slot) throws IOException {
            byte kind = in.readByte();
            HierarchyLevel level = switch (kind) {
                case NO_LEVEL -> null;
                case SAME_LEVEL -> last[slot];
                case NEW_LEVEL -> read(HierarchyLevel.class);
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

        private <T> T read(Class<T> type) throws IOException {
            try {
                Object o = in.readObject();
                if (o != null && !type.isInstance(o)) {
                    throw new InvalidObjectException("a piece spool holds " + o.getClass().getName() + " where "
                            + type.getName() + " belongs");
                }
                return type.cast(o);
            } catch (ClassNotFoundException e) {
                throw new InvalidObjectException("a piece spool names an unknown class: " + e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

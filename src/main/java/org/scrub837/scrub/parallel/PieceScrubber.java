package org.scrub837.scrub.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Segment;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.scrub.parallel.FileLayout.GroupPart;
import org.scrub837.scrub.parallel.FileLayout.InterchangePart;
import org.scrub837.scrub.parallel.FileLayout.TransactionPart;

/**
 * Scrubs one transaction of a file on its own (read as an interchange of its own, see
 * {@link TransactionSplitter#openAsInterchange}) into a spool file. The envelopes and the
 * transaction are given what the whole-file read would give them: their ordinals and file segment
 * positions. Anything the piece shows that the whole-file read might show differently (issues on
 * ISA or GS, an unexpected event order) fails the piece, and the file is scrubbed sequentially.
 */
final class PieceScrubber {

    /** What a scrubbed piece left for the replay. */
    record Piece(TransactionPart part, Path spool, Interchange interchange, FunctionalGroup group, long claims) {
    }

    /** The piece cannot stand for its part of the whole file; the file is scrubbed sequentially. */
    static final class PieceMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PieceMismatch(String message) {
            super(message);
        }
    }

    private final ClaimReader reader;
    private final Function<Claim, ClaimResult> judge;
    private final Path input;
    private final String fileName;
    private final FileLayout layout;

    PieceScrubber(ClaimReader reader, Function<Claim, ClaimResult> judge, Path input, FileLayout layout) {
        this.reader = reader;
        this.judge = judge;
        this.input = input;
        this.fileName = input.getFileName().toString();
        this.layout = layout;
    }

    Piece scrub(TransactionPart part, Path spool) throws IOException, InvalidEdiException {
        Spooling handler;
        try (PieceSpool.Writer out = new PieceSpool.Writer(spool)) {
            handler = new Spooling(part, out);
            try {
                reader.read(() -> TransactionSplitter.openAsInterchange(input, layout, part), fileName, handler);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        handler.checkComplete();
        return new Piece(part, spool, handler.interchange, handler.group, handler.claims);
    }

    /** Judges each claim of the piece and spools it; checks the piece's envelopes on the way. */
    private final class Spooling implements ClaimHandler {
        private final TransactionPart part;
        private final InterchangePart interchangePart;
        private final GroupPart groupPart;
        private final PieceSpool.Writer out;
        private Interchange pieceInterchange;
        private FunctionalGroup pieceGroup;
        private Interchange interchange;
        private FunctionalGroup group;
        private Transaction transaction;
        private List<SyntaxIssue> transactionIssues;
        private boolean groupEnded;
        private boolean interchangeEnded;
        private long claims;

        Spooling(TransactionPart part, PieceSpool.Writer out) {
            this.part = part;
            this.interchangePart = layout.interchangeOf(part);
            this.groupPart = layout.groupOf(part);
            this.out = out;
        }

        @Override
        public void startInterchange(Interchange ic) {
            expect(pieceInterchange == null, "a second interchange");
            pieceInterchange = ic;
            interchange = new Interchange(new Segment("ISA", ic.isa().text(), (int) interchangePart.isaSegment()),
                    ic.elements(), ic.delimiters(), part.interchange() + 1);
        }

        @Override
        public void startGroup(FunctionalGroup g) {
            expect(pieceInterchange != null && pieceGroup == null && g.interchange() == pieceInterchange,
                    "a second group");
            pieceGroup = g;
            group = new FunctionalGroup(interchange, new Segment("GS", g.gs().text(), (int) groupPart.gsSegment()),
                    g.elements(), part.group() + 1);
        }

        @Override
        public void startTransaction(Transaction tx) {
            expect(pieceGroup != null && transaction == null && tx.group() == pieceGroup,
                    "a second transaction");
            expect(tx.controlNumber().equals(part.controlNumber()), "another ST02 than the byte scan found");
            transaction = new Transaction(group, tx.transactionSetId(), tx.controlNumber(),
                    tx.implementationConvention(), tx.claimType(), tx.headerSegments(), part.index() + 1);
            write(() -> out.transaction(transaction));
        }

        @Override
        public void claim(Claim c) {
            if (Thread.currentThread().isInterrupted()) {
                throw new PieceMismatch("interrupted");
            }
            expect(transaction != null && transactionIssues == null, "a claim outside its transaction");
            Claim placed = new Claim(transaction, c.billingProvider(), c.subscriber(), c.patient(), c.payer(),
                    c.claimId(), c.totalChargeText(), c.totalCharge(), c.facilityCode(), c.frequencyCode(),
                    c.diagnoses(), c.dates(), c.lines(), c.segments(), c.syntaxIssues(), c.ordinal());
            claims++;
            write(() -> out.claim(judge.apply(placed)));
        }

        @Override
        public void endTransaction(Transaction tx, EnvelopeEnd end) {
            expect(transaction != null && transactionIssues == null, "a transaction end without its start");
            transactionIssues = end.issues();
            write(() -> out.end(end));
        }

        @Override
        public void endGroup(FunctionalGroup g, EnvelopeEnd end) {
            expect(transactionIssues != null && !groupEnded, "a group end out of order");
            // the piece's own GE counts its one transaction: any other issue sits on GS or around ST
            expect(end.trailerPresent() && end.actualCount() == 1 && end.issues().equals(transactionIssues),
                    "issues on the group envelope");
            groupEnded = true;
        }

        @Override
        public void endInterchange(Interchange ic, EnvelopeEnd end) {
            expect(groupEnded && !interchangeEnded, "an interchange end out of order");
            expect(end.trailerPresent() && end.actualCount() == 1 && end.issues().equals(transactionIssues),
                    "issues on the interchange envelope");
            interchangeEnded = true;
        }

        void checkComplete() {
            expect(interchangeEnded, "an incomplete piece");
        }

        private void expect(boolean condition, String what) {
            if (!condition) {
                throw new PieceMismatch("transaction " + (part.index() + 1) + " of group " + (part.group() + 1)
                        + " of interchange " + (part.interchange() + 1) + " read on its own shows " + what);
            }
        }
    }

    @FunctionalInterface
    private interface IoCall {
        void run() throws IOException;
    }

    private static void write(IoCall call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

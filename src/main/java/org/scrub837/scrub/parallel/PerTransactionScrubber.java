package org.scrub837.scrub.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.EnvelopeListener;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.read.TrailerChecks;
import org.scrub837.scrub.parallel.FileLayout.GroupPart;
import org.scrub837.scrub.parallel.FileLayout.InterchangePart;
import org.scrub837.scrub.parallel.FileLayout.TransactionPart;
import org.scrub837.scrub.parallel.PieceScrubber.Piece;
import org.scrub837.scrub.parallel.PieceScrubber.PieceMismatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scrubs the ST/SE transactions of one large file on several threads, with outputs identical to
 * the whole-file read's, byte for byte.
 *
 * <ol>
 * <li>A byte scan ({@link TransactionSplitter}) finds the envelopes and transactions. A file it
 *     cannot split, or that is laid out unusually (see {@link #oddity}), goes to the fallback.</li>
 * <li>Worker threads read each transaction as an interchange of its own with the normal reader,
 *     judge its claims and spool the results to a file ({@link PieceSpool}); at most
 *     {@code maxInFlight} pieces are being scrubbed or waiting, so memory and disk use stay
 *     bounded whatever the file size.</li>
 * <li>The calling thread replays the pieces in file order into the file's outputs, with the
 *     envelopes, ordinals and positions the whole-file read would give, and checks the file's own
 *     GE and IEA trailers as the reader does.</li>
 * <li>A piece that fails to read, or reads in a way the whole file might not, discards everything
 *     written so far and the fallback scrubs the file whole, so a failed file's reports are those
 *     of the whole-file read.</li>
 * </ol>
 * Spool files live in a folder of their own under the spool parent (the service's state folder),
 * deleted at the end of each scrub.
 */
public final class PerTransactionScrubber {

    /** Watches the pieces in flight (spooling or spooled, not yet replayed); for tests. */
    public interface InFlightProbe {
        void inFlight(int pieces);
    }

    /** The outputs of one attempt: where the replay goes, how it ends, how it is discarded. */
    public interface Run extends AutoCloseable {
        /** Takes the replayed events; writer failures come out unchecked. */
        EnvelopeListener<ClaimResult, RuntimeException> sink();

        /** The file's events are replayed up to this byte offset (for progress displays). */
        default void replayedTo(long offset) {
        }

        /** Puts the outputs in place and gives the file's outcome. */
        FileOutcome finish() throws IOException;

        /** Discards whatever was not finished. */
        @Override
        void close();
    }

    /** Opens the outputs for an attempt. */
    @FunctionalInterface
    public interface RunOpener {
        Run open() throws IOException;
    }

    /** Scrubs the file whole, when it cannot be scrubbed per transaction. */
    @FunctionalInterface
    public interface Fallback {
        FileOutcome scrub() throws IOException;
    }

    /** IEA01 (number of included groups): N0 1-5; IEA02 (interchange control number): N0 9-9. */
    private static final Trailer IEA = new Trailer("IEA", 5, 9, 9);
    /** GE01 (number of included transaction sets): N0 1-6; GE02 (group control number): N0 1-9. */
    private static final Trailer GE = new Trailer("GE", 6, 1, 9);

    private static final Logger LOG = LoggerFactory.getLogger(PerTransactionScrubber.class);

    private final ClaimReader reader;
    private final Function<Claim, ClaimResult> judge;
    private final int threads;
    private final int maxInFlight;
    private final Path spoolParent;
    private final InFlightProbe probe;

    /**
     * @param judge        the rules, safe to call from several threads at once
     * @param threads      threads reading and judging transactions at once
     * @param maxInFlight  pieces being scrubbed or spooled and waiting for their turn, at most
     * @param spoolParent  where each scrub makes its spool folder (created when missing); null for
     *                     the system's temporary folder
     * @param probe        told the number of pieces in flight whenever it changes
     */
    public PerTransactionScrubber(ClaimReader reader, Function<Claim, ClaimResult> judge, int threads,
            int maxInFlight, Path spoolParent, InFlightProbe probe) {
        this.reader = reader;
        this.judge = judge;
        this.threads = threads;
        this.maxInFlight = maxInFlight;
        this.spoolParent = spoolParent;
        this.probe = probe;
    }

    /**
     * Scrubs {@code input} per transaction into the outputs {@code opener} opens, or, when the file
     * cannot be scrubbed that way, with {@code fallback}.
     */
    public FileOutcome scrub(Path input, RunOpener opener, Fallback fallback) throws IOException {
        FileLayout layout;
        try {
            layout = TransactionSplitter.split(input);
        } catch (InvalidEdiException | RuntimeException e) {
            LOG.debug("file={} scrubbed whole: the byte scan could not split it", input.getFileName());
            return fallback.scrub();
        }
        String oddity = oddity(layout);
        if (oddity != null) {
            LOG.debug("file={} scrubbed whole: {}", input.getFileName(), oddity);
            return fallback.scrub();
        }
        try {
            return scrubInPieces(input, opener, layout);
        } catch (PieceFailed e) {
            LOG.info("file={} scrubbed again sequentially: {}", input.getFileName(), e.getMessage());
            return fallback.scrub();
        }
    }

    /**
     * Why the file is not scrubbed in pieces, or null: fewer than two transactions, an envelope
     * without content (the replay starts envelopes from their transactions), an irregular layout,
     * or a GE/IEA the reader might report element errors on (the replay checks counts and control
     * numbers only).
     */
    static String oddity(FileLayout layout) {
        if (layout.irregularity() != null) {
            return layout.irregularity();
        }
        if (layout.transactions().size() < 2) {
            return "fewer than two transactions";
        }
        for (InterchangePart ic : layout.interchanges()) {
            if (ic.groups().isEmpty()) {
                return "an interchange without groups";
            }
            if (IEA.elements(ic.ieaText(), ic.element()) == null) {
                return "an IEA that is not two plain numbers";
            }
            for (GroupPart g : ic.groups()) {
                if (g.transactions().isEmpty()) {
                    return "a group without transactions";
                }
                if (GE.elements(g.geText(), ic.element()) == null) {
                    return "a GE that is not two plain numbers";
                }
            }
        }
        return null;
    }

    /**
     * A GE or IEA whose two elements are digits of the lengths the standard allows.
     *
     * @param countMax    most digits of its count (GE01, IEA01)
     * @param controlMin  fewest digits of its control number (GE02, IEA02)
     * @param controlMax  most digits of its control number
     */
    private record Trailer(String tag, int countMax, int controlMin, int controlMax) {

        /** The count and the control number, or null when the text is not such a trailer. */
        String[] elements(String text, char element) {
            if (text == null) {
                return null;
            }
            String e = Pattern.quote(String.valueOf(element));
            Matcher m = Pattern.compile(tag + e + "(\\d{1," + countMax + "})" + e + "(\\d{" + controlMin + ","
                    + controlMax + "})").matcher(text);
            return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
        }
    }

    private FileOutcome scrubInPieces(Path input, RunOpener opener, FileLayout layout)
            throws IOException, PieceFailed {
        String fileName = input.getFileName().toString();
        PieceScrubber pieces = new PieceScrubber(reader, judge, input, layout);
        try (PieceSpoolFolder spoolFolder = PieceSpoolFolder.create(spoolParent); Run run = opener.open()) {
            Path spoolDir = spoolFolder.path();
            Replay replay = new Replay(run.sink(), layout);
            InFlight inFlight = new InFlight();
            List<TransactionPart> parts = layout.transactions();
            List<Integer> indexes = new ArrayList<>(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                indexes.add(i);
            }
            try {
                OrderedParallel.run(indexes, threads, maxInFlight, i -> {
                    inFlight.change(1);
                    try {
                        return pieces.scrub(parts.get(i), spoolDir.resolve(i + ".piece"));
                    } catch (Exception | OutOfMemoryError e) {
                        // a heap too small for several readers at once: the whole-file read needs one
                        throw new PieceFailed(e);
                    }
                }, piece -> {
                    try {
                        replay.piece(piece);
                        run.replayedTo(piece.part().range().end());
                    } finally {
                        Files.deleteIfExists(piece.spool());
                        inFlight.change(-1);
                    }
                });
            } catch (PieceFailed | IOException e) {
                throw e;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (Exception e) {
                throw new IOException(fileName + ": parallel scrub failed", e);
            }
            replay.endFile();
            run.replayedTo(Files.size(input)); // the trailers after the last transaction
            return run.finish();
        }
    }

    /** Counts pieces in flight for the probe. */
    private final class InFlight {
        private int count;

        synchronized void change(int delta) {
            count += delta;
            probe.inFlight(count);
        }
    }

    /** A piece failed, or showed what the whole-file read might not: scrub the file whole instead. */
    static final class PieceFailed extends Exception {
        private static final long serialVersionUID = 1L;

        /** The message names the kind of failure only: other exceptions' messages may quote claim data. */
        PieceFailed(Throwable cause) {
            super(cause instanceof InvalidEdiException ? "a transaction is not valid on its own"
                    : cause instanceof PieceMismatch ? cause.getMessage()
                    : "a transaction failed on its own (" + cause.getClass().getName() + ")", cause);
        }

        PieceFailed(String message) {
            super(message);
        }
    }

    /**
     * Feeds the spooled pieces to the writers in file order, opening and closing the file's own
     * envelopes around them with the trailer checks the reader makes.
     */
    private static final class Replay {
        private final EnvelopeListener<ClaimResult, RuntimeException> fanout;
        private final FileLayout layout;
        private long claimsBefore;

        private int interchangeIndex = -1;
        private Interchange interchange;
        private final List<SyntaxIssue> interchangeIssues = new ArrayList<>();
        private int groupsInInterchange;

        private int groupIndex = -1;
        private FunctionalGroup group;
        private final List<SyntaxIssue> groupIssues = new ArrayList<>();
        private int transactionsInGroup;

        Replay(EnvelopeListener<ClaimResult, RuntimeException> fanout, FileLayout layout) {
            this.fanout = fanout;
            this.layout = layout;
        }

        void piece(Piece piece) throws IOException, PieceFailed {
            TransactionPart part = piece.part();
            if (part.interchange() != interchangeIndex) {
                endInterchange();
                interchangeIndex = part.interchange();
                interchange = piece.interchange();
                groupsInInterchange = 0;
                interchangeIssues.clear();
                fanout.startInterchange(interchange);
            } else if (!interchange.equals(piece.interchange())) {
                throw new PieceFailed("transactions of one interchange read different ISA segments");
            }
            if (part.group() != groupIndex || group == null) {
                endGroup();
                groupIndex = part.group();
                group = new FunctionalGroup(interchange, piece.group().gs(), piece.group().elements(),
                        piece.group().ordinal());
                groupsInInterchange++;
                transactionsInGroup = 0;
                groupIssues.clear();
                fanout.startGroup(group);
            } else if (!group.equals(piece.group())) {
                throw new PieceFailed("transactions of one group read different GS segments");
            }
            try (PieceSpool.Reader in = new PieceSpool.Reader(piece.spool())) {
                Transaction spooled = in.transaction();
                if (!group.equals(spooled.group())) {
                    throw new PieceFailed("a spooled transaction names another group");
                }
                Transaction tx = new Transaction(group, spooled.transactionSetId(), spooled.controlNumber(),
                        spooled.implementationConvention(), spooled.claimType(), spooled.headerSegments(),
                        spooled.ordinal());
                fanout.startTransaction(tx);
                while (in.hasClaim()) {
                    ClaimResult result = in.claim(tx, claimsBefore);
                    fanout.claim(result);
                }
                EnvelopeEnd end = in.end();
                transactionsInGroup++;
                groupIssues.addAll(end.issues());
                fanout.endTransaction(tx, end);
            }
            claimsBefore += piece.claims();
        }

        void endFile() {
            endInterchange();
        }

        private void endGroup() {
            if (group == null) {
                return;
            }
            GroupPart part = layout.interchanges().get(interchangeIndex).groups().get(groupIndex);
            String[] ge = GE.elements(part.geText(), layout.interchanges().get(interchangeIndex).element());
            List<SyntaxIssue> issues = new ArrayList<>(groupIssues);
            issues.addAll(TrailerChecks.group(true, ge[0], ge[1], transactionsInGroup, group.controlNumber()));
            List<SyntaxIssue> all = List.copyOf(issues);
            interchangeIssues.addAll(all);
            FunctionalGroup ended = group;
            group = null;
            groupIssues.clear();
            fanout.endGroup(ended, new EnvelopeEnd(true, ge[0], transactionsInGroup, ge[1], all));
        }

        private void endInterchange() {
            endGroup();
            if (interchange == null) {
                return;
            }
            InterchangePart part = layout.interchanges().get(interchangeIndex);
            String[] iea = IEA.elements(part.ieaText(), part.element());
            List<SyntaxIssue> issues = new ArrayList<>(interchangeIssues);
            issues.addAll(TrailerChecks.interchange(true, iea[0], iea[1], groupsInInterchange,
                    interchange.controlNumber()));
            Interchange ended = interchange;
            interchange = null;
            interchangeIssues.clear();
            groupIndex = -1;
            fanout.endInterchange(ended, new EnvelopeEnd(true, iea[0], groupsInInterchange, iea[1],
                    List.copyOf(issues)));
        }
    }
}

package org.scrub837.scrub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scrub837.model.ClaimResult;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimReader;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.read.internal.TrailerChecks;
import org.scrub837.scrub.PieceScrubber.Piece;
import org.scrub837.scrub.PieceScrubber.PieceMismatch;
import org.scrub837.scrub.parallel.FileLayout;
import org.scrub837.scrub.parallel.FileLayout.GroupPart;
import org.scrub837.scrub.parallel.FileLayout.InterchangePart;
import org.scrub837.scrub.parallel.FileLayout.TransactionPart;
import org.scrub837.scrub.parallel.OrderedParallel;
import org.scrub837.scrub.parallel.PieceSpool;
import org.scrub837.scrub.parallel.PieceSpoolFolder;
import org.scrub837.scrub.parallel.TransactionSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scrubs the ST/SE transactions of one large file on several threads, with outputs identical to
 * the sequential scrub's, byte for byte.
 *
 * <ol>
 * <li>A byte scan ({@link TransactionSplitter}) finds the envelopes and transactions. A file it
 *     cannot split, or that is laid out unusually (see {@link #oddity}), is scrubbed sequentially.</li>
 * <li>Worker threads read each transaction as an interchange of its own with the normal reader,
 *     judge its claims and spool the results to a temporary file ({@link PieceSpool}); at most
 *     {@link ParallelScrubPolicy#maxPiecesInFlight()} pieces are being scrubbed or waiting, so
 *     memory and disk use stay bounded whatever the file size.</li>
 * <li>The calling thread replays the pieces in file order into the real writers, with the
 *     envelopes, ordinals and positions the whole-file read would give, and checks the file's own
 *     GE and IEA trailers as the reader does.</li>
 * <li>A piece that fails to read, or reads in a way the whole file might not, discards everything:
 *     the file is scrubbed again sequentially, so a failed file's reports are the sequential ones.</li>
 * </ol>
 * Spool files live in a temporary folder deleted at the end of each scrub.
 */
final class ParallelFileScrubber {

    /** Watches the pieces in flight (spooling or spooled, not yet replayed); for tests. */
    interface InFlightProbe {
        void inFlight(int pieces);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ParallelFileScrubber.class);

    private final ClaimReader reader;
    private final ClaimEvaluator evaluator;
    private final ParallelScrubPolicy policy;
    private final FileScrubber sequential;
    private final InFlightProbe probe;
    private final Path spoolParent;
    private ScrubProgress.File progress = ScrubProgress.File.NONE;

    ParallelFileScrubber(ClaimReader reader, ClaimEvaluator evaluator, ParallelScrubPolicy policy,
            FileScrubber sequential) {
        this(reader, evaluator, policy, sequential, pieces -> { }, null);
    }

    /** @param progress told of each piece's bytes once replayed, and of each claim */
    ParallelFileScrubber(ClaimReader reader, ClaimEvaluator evaluator, ParallelScrubPolicy policy,
            FileScrubber sequential, ScrubProgress.File progress) {
        this(reader, evaluator, policy, sequential);
        this.progress = progress;
    }

    /**
     * @param probe        told the number of pieces in flight whenever it changes
     * @param spoolParent  where the spool folder is made; null for the system's temporary folder
     */
    ParallelFileScrubber(ClaimReader reader, ClaimEvaluator evaluator, ParallelScrubPolicy policy,
            FileScrubber sequential, InFlightProbe probe, Path spoolParent) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.policy = policy;
        this.sequential = sequential;
        this.probe = probe;
        this.spoolParent = spoolParent;
    }

    FileOutcome scrub(Path input, String base, OutputFactory outputs) throws IOException {
        long size = Files.size(input);
        if (policy.threads() < 2 || size < policy.minBytes() || size > policy.maxFileBytes()) {
            return sequential.scrubSequentially(input, base, outputs, progress);
        }
        FileLayout layout;
        try {
            layout = TransactionSplitter.split(input);
        } catch (InvalidEdiException | RuntimeException e) {
            LOG.debug("file={} scrubbed sequentially: the byte scan could not split it", input.getFileName());
            return sequential.scrubSequentially(input, base, outputs, progress);
        }
        String oddity = oddity(layout);
        if (oddity != null) {
            LOG.debug("file={} scrubbed sequentially: {}", input.getFileName(), oddity);
            return sequential.scrubSequentially(input, base, outputs, progress);
        }
        try {
            return scrubInPieces(input, base, outputs, layout);
        } catch (PieceFailed e) {
            LOG.info("file={} scrubbed again sequentially: {}", input.getFileName(), e.getMessage());
            return sequential.scrubSequentially(input, base, outputs, progress);
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
            if (trailer(ic.ieaText(), "IEA", ic.element(), 5, 9, 9) == null) {
                return "an IEA that is not two plain numbers";
            }
            for (GroupPart g : ic.groups()) {
                if (g.transactions().isEmpty()) {
                    return "a group without transactions";
                }
                if (trailer(g.geText(), "GE", ic.element(), 6, 1, 9) == null) {
                    return "a GE that is not two plain numbers";
                }
            }
        }
        return null;
    }

    /** The two elements of a GE or IEA made of digits of the lengths the standard allows, else null. */
    private static String[] trailer(String text, String tag, char element, int countMax, int controlMin,
            int controlMax) {
        if (text == null) {
            return null;
        }
        String e = Pattern.quote(String.valueOf(element));
        Matcher m = Pattern.compile(tag + e + "(\\d{1," + countMax + "})" + e + "(\\d{" + controlMin + ","
                + controlMax + "})").matcher(text);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    private FileOutcome scrubInPieces(Path input, String base, OutputFactory outputs, FileLayout layout)
            throws IOException, PieceFailed {
        String fileName = input.getFileName().toString();
        long started = System.nanoTime();
        PieceScrubber pieces = new PieceScrubber(reader, evaluator, input, layout);
        PieceSpoolFolder spoolFolder = PieceSpoolFolder.create(spoolParent);
        Path spoolDir = spoolFolder.path();
        ScrubOutputs out = ScrubOutputs.open(outputs, base, true); // each writer on its own thread
        try {
            ResultFanout fanout = new ResultFanout(out.all(), evaluator.version(), progress);
            Replay replay = new Replay(fanout, layout);
            InFlight inFlight = new InFlight();
            List<TransactionPart> parts = layout.transactions();
            List<Integer> indexes = new ArrayList<>(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                indexes.add(i);
            }
            try {
                OrderedParallel.run(indexes, policy.threads(), policy.maxPiecesInFlight(), i -> {
                    inFlight.change(1);
                    try {
                        return pieces.scrub(parts.get(i), spoolDir.resolve(i + ".piece"));
                    } catch (Exception | OutOfMemoryError e) {
                        // a heap too small for several readers at once: the sequential scrub needs one
                        throw new PieceFailed(e);
                    }
                }, piece -> {
                    try {
                        replay.piece(piece);
                        progress.bytesRead(piece.part().range().end());
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
            progress.bytesRead(Files.size(input)); // the trailers after the last transaction
            FileOutcome outcome = fanout.outcome(base, fileName);
            out.finish(outcome);
            FileScrubber.logOutcome(outcome, started);
            return outcome;
        } finally {
            out.close();
            spoolFolder.close();
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

    /** A piece failed, or showed what the whole-file read might not: scrub sequentially instead. */
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
        private final ResultFanout fanout;
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

        Replay(ResultFanout fanout, FileLayout layout) {
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
                    fanout.result(result);
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
            String[] ge = trailer(part.geText(), "GE", layout.interchanges().get(interchangeIndex).element(), 6, 1, 9);
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
            String[] iea = trailer(part.ieaText(), "IEA", part.element(), 5, 9, 9);
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

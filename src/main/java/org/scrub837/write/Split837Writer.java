package org.scrub837.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimResult;
import org.scrub837.model.Delimiters;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FileOutcome;
import org.scrub837.model.FileStatus;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Interchange;
import org.scrub837.model.Segment;
import org.scrub837.model.Transaction;

/**
 * Writes one side of a split 837 (clean or rejected): the claims it takes with their original
 * segments, under envelopes and HL levels written only when a claim needs them.
 *
 * <ul>
 * <li>ISA, GS and ST with the transaction header are written when the first claim of this output
 *     arrives in them; envelopes left empty never appear. Trailers are recounted: SE01 (ST..SE),
 *     GE01 (ST written), IEA01 (GS written); SE02/GE02/IEA02 repeat the numbers written in ST02,
 *     GS06 and ISA13, which come from {@link ControlNumbers}.</li>
 * <li>HL levels are written when a claim's level differs from the last one written for that
 *     depth (levels are told apart by the position of their HL segment in the transaction).
 *     HL01 runs 1..n in each output transaction, HL02 points at the new ids, HL04 is 1 for the
 *     billing provider, 1 for a subscriber written for a patient-level claim and 0 otherwise, 0
 *     for a patient. A subscriber written with HL04=0 is repeated with HL04=1 when a patient-level
 *     claim follows, rather than patched, so that nothing already written changes.</li>
 * <li>Every other segment is written as it was read, with the interchange's own terminator.</li>
 * </ul>
 *
 * A failed file (outcome {@link FileStatus#FAILED}) or an output without any claim writes no file.
 */
public final class Split837Writer implements ResultWriter {

    private final Path target;
    private final Predicate<ClaimResult> takes;
    private final ControlNumbers numbers;

    private AtomicFile file;
    private Utf8Out out;
    private Delimiters delimiters;
    /** The segment terminator and the line break after it. */
    private String terminator;

    private Interchange interchange;
    private String isa13;
    private int groupsWritten;

    private FunctionalGroup group;
    private String gs06;
    private int transactionsWritten;

    private Transaction transaction;
    private String st02;
    private int segmentsWritten;
    private int lastHlId;

    /** The levels written for the current claim: billing provider, subscriber, patient (null: none). */
    private final WrittenLevel[] written = new WrittenLevel[3];

    /** One side of the split, keeping the input's control numbers. */
    public Split837Writer(Path target, SplitSide side) {
        this(target, side, OriginalControlNumbers.INSTANCE);
    }

    public Split837Writer(Path target, SplitSide side, ControlNumbers numbers) {
        this(target, (Predicate<ClaimResult>) side, numbers);
    }

    /** An output taking the claims the predicate accepts. */
    public Split837Writer(Path target, Predicate<ClaimResult> takes, ControlNumbers numbers) {
        this.target = Objects.requireNonNull(target, "target");
        this.takes = Objects.requireNonNull(takes, "takes");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public void claim(ClaimResult result) throws IOException {
        if (!takes.test(result)) {
            return;
        }
        Claim claim = result.claim();
        if (claim.transaction() != transaction) {
            // the first claim of a transaction in this output (the same transaction instance means
            // the same envelopes): kept out of the per-claim path, whose compiled code C2 otherwise
            // recompiled at each envelope kind's first change (ST, GS, ISA), once per pruned branch
            openEnvelopes(claim.transaction());
        }
        writeLevels(claim);
        for (Segment s : claim.segments()) {
            writeInTransaction(s.text());
        }
    }

    @Override
    public void endTransaction(Transaction tx, EnvelopeEnd end) throws IOException {
        if (transaction != null && same(transaction, tx)) {
            closeTransaction();
        }
    }

    @Override
    public void endGroup(FunctionalGroup g, EnvelopeEnd end) throws IOException {
        if (group != null && same(group, g)) {
            closeGroup();
        }
    }

    @Override
    public void endInterchange(Interchange ic, EnvelopeEnd end) throws IOException {
        if (interchange != null && same(interchange, ic)) {
            closeInterchange();
        }
    }

    @Override
    public void finish(FileOutcome outcome) throws IOException {
        if (file == null) {
            return;
        }
        if (outcome.status() == FileStatus.FAILED) {
            // A file that is not valid X12 produces no 837 at all, not a part of one.
            discard();
            return;
        }
        closeInterchange();
        AtomicFile done = file;
        file = null;
        done.commit();
    }

    @Override
    public void close() {
        discard();
    }

    private void discard() {
        if (file != null) {
            file.discard();
            file = null;
        }
    }

    // --- envelopes ---------------------------------------------------------------------------

    private void openEnvelopes(Transaction tx) throws IOException {
        FunctionalGroup g = tx.group();
        Interchange ic = g.interchange();
        if (interchange != null && !same(interchange, ic)) {
            closeInterchange();
        } else if (group != null && !same(group, g)) {
            closeGroup();
        } else if (transaction != null && !same(transaction, tx)) {
            closeTransaction();
        }
        if (interchange == null) {
            openInterchange(ic);
        }
        if (group == null) {
            openGroup(g);
        }
        if (transaction == null) {
            openTransaction(tx);
        }
    }

    private void openInterchange(Interchange ic) throws IOException {
        if (file == null) {
            file = AtomicFile.create(target);
            out = new Utf8Out(file.stream());
        }
        delimiters = ic.delimiters();
        terminator = Character.toString(delimiters.segment()) + delimiters.segmentSuffix();
        interchange = ic;
        isa13 = numbers.interchange(ic);
        groupsWritten = 0;
        String isa = ic.isa().text();
        if (!isa13.equals(ic.controlNumber())) {
            isa = X12Text.replaceElement(isa, delimiters.element(), 13, isa13);
        }
        writeSegment(isa);
    }

    private void openGroup(FunctionalGroup g) throws IOException {
        group = g;
        gs06 = numbers.group(g);
        transactionsWritten = 0;
        String gs = g.gs().text();
        if (!gs06.equals(g.controlNumber())) {
            gs = X12Text.replaceElement(gs, delimiters.element(), 6, gs06);
        }
        writeSegment(gs);
        groupsWritten++;
    }

    private void openTransaction(Transaction tx) throws IOException {
        transaction = tx;
        st02 = numbers.transaction(tx);
        segmentsWritten = 0;
        lastHlId = 0;
        Arrays.fill(written, null);
        List<Segment> header = tx.headerSegments();
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i).text();
            if (i == 0 && !st02.equals(tx.controlNumber())) {
                text = X12Text.replaceElement(text, delimiters.element(), 2, st02);
            }
            writeInTransaction(text);
        }
        transactionsWritten++;
    }

    private void closeTransaction() throws IOException {
        if (transaction == null) {
            return;
        }
        writeInTransaction(X12Text.join(delimiters.element(), "SE", Integer.toString(segmentsWritten + 1), st02));
        transaction = null;
    }

    private void closeGroup() throws IOException {
        closeTransaction();
        if (group == null) {
            return;
        }
        writeSegment(X12Text.join(delimiters.element(), "GE", Integer.toString(transactionsWritten), gs06));
        group = null;
    }

    private void closeInterchange() throws IOException {
        closeGroup();
        if (interchange == null) {
            return;
        }
        writeSegment(X12Text.join(delimiters.element(), "IEA", Integer.toString(groupsWritten), isa13));
        interchange = null;
    }

    // --- hierarchy -----------------------------------------------------------------------------

    /**
     * Writes the claim's levels that differ from those already written, each under the one before it.
     * A claim the reader accepted without a billing provider or a subscriber (the first HL is not a
     * 20, a level code changed) is written with the levels it has, under their own codes: the guide
     * rejects such a claim, and a writer never throws on what the reader accepted.
     */
    private void writeLevels(Claim claim) throws IOException {
        HierarchyLevel[] levels = {claim.billingProvider(), claim.subscriber(), claim.patient()};
        boolean rewrite = false;
        int parentId = 0;
        for (int i = 0; i < levels.length; i++) {
            HierarchyLevel level = levels[i];
            if (level == null) {
                rewrite |= written[i] != null;
                written[i] = null;
                continue;
            }
            String childCode = "0";
            for (int j = i + 1; j < levels.length; j++) {
                if (levels[j] != null) {
                    childCode = "1";
                }
            }
            if (rewrite || written[i] == null || !written[i].isFrom(level) || !written[i].childCode.equals(childCode)) {
                written[i] = writeLevel(level, parentId, childCode);
                rewrite = true;
            }
            parentId = written[i].id;
        }
    }

    private WrittenLevel writeLevel(HierarchyLevel level, int parentId, String childCode) throws IOException {
        int id = ++lastHlId;
        writeInTransaction(X12Text.join(delimiters.element(), "HL", Integer.toString(id),
                parentId == 0 ? "" : Integer.toString(parentId), level.levelCode(), childCode));
        List<Segment> segments = level.segments();
        for (int i = 1; i < segments.size(); i++) {
            writeInTransaction(segments.get(i).text());
        }
        return new WrittenLevel(level.position(), level.hlId(), id, childCode);
    }

    // --- output ----------------------------------------------------------------------------------

    private void writeInTransaction(String text) throws IOException {
        writeSegment(text);
        segmentsWritten++;
    }

    private void writeSegment(String text) throws IOException {
        out.write(text);
        out.write(terminator);
    }

    /** Envelopes are compared by identity first; equal records stand for the same envelope too. */
    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    /** A level written into the current output transaction and the source level it came from. */
    private record WrittenLevel(int sourcePosition, String sourceHlId, int id, String childCode) {

        boolean isFrom(HierarchyLevel level) {
            return sourcePosition == level.position() && Objects.equals(sourceHlId, level.hlId());
        }
    }
}

package org.scrub837.read.internal;

import java.util.ArrayList;
import java.util.List;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Payer;
import org.scrub837.model.Segment;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;

/**
 * One ST/SE transaction being read: its header, the current billing provider, subscriber and
 * patient levels, and the current claim. Only these are held; each claim is handed out when the
 * next CLM, HL or SE ends it.
 */
final class TransactionState {

    private final FunctionalGroup group;
    private final int ordinal;
    private final long stFilePosition;
    private final String transactionSetId;
    private final String controlNumber;
    private final String convention;
    private final ClaimType claimType;
    /**
     * The header (ST up to the first HL), collected like a level: its segments and issues. With it,
     * the current level is never null, so filing a segment or an issue takes the same branches in the
     * header as in a level. A branch of its own, taken only before the first HL, would never be taken
     * while the JIT profiles the hot filing path (the first transaction's header is read before
     * that), and the first later ST would make the JIT throw away and recompile the whole inlined
     * per-segment path.
     */
    private final LevelState header;
    /** Every issue of this transaction, including those handed to claims: for the SE EnvelopeEnd. */
    private final List<SyntaxIssue> allIssues = new ArrayList<>();
    private Transaction transaction;
    private LevelState billing;
    private LevelState subscriber;
    private LevelState patient;
    private LevelState currentLevel;
    private ClaimState claim;
    private int claims;

    TransactionState(FunctionalGroup group, int ordinal, long stFilePosition, RawSegment st, Segment stSegment,
            String convention, ClaimType claimType) {
        this.group = group;
        this.ordinal = ordinal;
        this.stFilePosition = stFilePosition;
        this.transactionSetId = st.element(1);
        this.controlNumber = st.element(2);
        this.convention = convention;
        this.claimType = claimType;
        this.header = new LevelState(st, stSegment);
        this.currentLevel = header;
    }

    String controlNumber() {
        return controlNumber;
    }

    /** Position within the transaction (ST = 1) of a segment at a file position. */
    int position(long filePosition) {
        long p = filePosition - stFilePosition + 1;
        return p < 1 || p > Integer.MAX_VALUE ? 0 : (int) p;
    }

    int claimCount() {
        return claims;
    }

    ClaimState currentClaim() {
        return claim;
    }

    /** Files an issue where it belongs now: the current claim, else the current level (or the header). */
    void addIssue(SyntaxIssue issue) {
        allIssues.add(issue);
        if (claim != null) {
            claim.issues().add(issue);
        } else {
            currentLevel.issues().add(issue);
        }
    }

    /** Adds an issue about the transaction as a whole (SE counts and control numbers): envelope only. */
    void addEnvelopeIssue(SyntaxIssue issue) {
        allIssues.add(issue);
    }

    List<SyntaxIssue> allIssues() {
        return allIssues;
    }

    /**
     * Whether the transaction's header has been handed out: it is at the first HL or CLM (or at SE),
     * see {@link #begin}.
     */
    boolean begun() {
        return transaction != null;
    }

    /**
     * Hands out the transaction with its header. Called by the session at the first HL or CLM,
     * before it files that segment; kept out of {@link #startLevel} and {@link #startClaim}, which
     * the JIT inlines into the per-segment path, because it happens once per transaction: a branch
     * there would be seen for the first time at the second transaction and make the JIT recompile
     * that path.
     */
    void begin(ClaimHandler handler) {
        if (transaction == null) {
            startTransaction(handler);
        }
    }

    /** Starts a new HL level; hands out the claim it ends. The transaction has begun. */
    void startLevel(RawSegment hl, Segment segment, ClaimHandler handler, ClaimCounter counter) {
        endClaim(handler, counter);
        LevelState level = new LevelState(hl, segment);
        String code = level.levelCode();
        if (HierarchyLevel.BILLING_PROVIDER.equals(code)) {
            billing = level;
            subscriber = null;
            patient = null;
        } else if (HierarchyLevel.SUBSCRIBER.equals(code)) {
            subscriber = level;
            patient = null;
        } else if (HierarchyLevel.PATIENT.equals(code)) {
            patient = level;
        } else if (billing != null && billing.hlId().equals(level.parentId())) {
            // a level code the 837 does not use: placed by its parent
            subscriber = level;
            patient = null;
        } else {
            patient = level;
        }
        currentLevel = level;
    }

    /** Starts a new claim; hands out the claim it ends. The transaction has begun. */
    void startClaim(RawSegment clm, Segment segment, ClaimHandler handler, ClaimCounter counter) {
        endClaim(handler, counter);
        claim = new ClaimState(clm, segment);
        claims++;
    }

    /** Adds any other segment to the claim, level or header it belongs to. */
    void add(RawSegment raw, Segment segment, String loop) {
        if (claim != null) {
            claim.add(raw, segment, loop);
        } else {
            currentLevel.add(raw, segment);
        }
    }

    /** Ends the transaction at SE (or at the end of input): hands out the last claim. */
    Transaction end(ClaimHandler handler, ClaimCounter counter) {
        endClaim(handler, counter);
        if (transaction == null) {
            startTransaction(handler);
        }
        return transaction;
    }

    private void startTransaction(ClaimHandler handler) {
        transaction = new Transaction(group, transactionSetId, controlNumber, convention, claimType,
                header.segments(), ordinal);
        handler.startTransaction(transaction);
    }

    private void endClaim(ClaimHandler handler, ClaimCounter counter) {
        if (claim == null) {
            return;
        }
        List<SyntaxIssue> inherited = new ArrayList<>(header.issues());
        for (LevelState level : new LevelState[] {billing, subscriber, patient}) {
            if (level != null) {
                inherited.addAll(level.issues());
            }
        }
        Payer payer = subscriber != null ? subscriber.payer(counter.lastPayer) : Payer.UNKNOWN;
        counter.lastPayer = payer;
        Claim built = claim.build(transaction, billing, subscriber, patient, payer, inherited, counter.next());
        claim = null;
        handler.claim(built);
    }

    /** Numbers claims across the file, and remembers the last claim's payer across transactions. */
    static final class ClaimCounter {
        private long count;
        /**
         * The payer of the claim before, shared with the next claim when equal; never null, so that
         * the first claim of a transaction takes the same path as every other (see {@link LevelState#payer}).
         */
        private Payer lastPayer = Payer.UNKNOWN;

        long next() {
            return ++count;
        }

        long count() {
            return count;
        }
    }
}

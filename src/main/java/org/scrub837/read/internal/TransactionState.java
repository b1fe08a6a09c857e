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
    private final List<Segment> header = new ArrayList<>();
    private final List<SyntaxIssue> headerIssues = new ArrayList<>();
    /** Every issue of this transaction, including those handed to claims: for the SE EnvelopeEnd. */
    private final List<SyntaxIssue> allIssues = new ArrayList<>();
    private Transaction transaction;
    private LevelState billing;
    private LevelState subscriber;
    private LevelState patient;
    private LevelState currentLevel;
    private ClaimState claim;
    private int claims;
    /** The payer of the claim before, shared with the next claim when equal. */
    private Payer lastPayer;

    TransactionState(FunctionalGroup group, int ordinal, long stFilePosition, RawSegment st, Segment stSegment,
            String convention, ClaimType claimType) {
        this.group = group;
        this.ordinal = ordinal;
        this.stFilePosition = stFilePosition;
        this.transactionSetId = st.element(1);
        this.controlNumber = st.element(2);
        this.convention = convention;
        this.claimType = claimType;
        header.add(stSegment);
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

    /** Files an issue where it belongs now: the current claim, else the current level, else the header. */
    void addIssue(SyntaxIssue issue) {
        allIssues.add(issue);
        if (claim != null) {
            claim.issues().add(issue);
        } else if (currentLevel != null) {
            currentLevel.issues().add(issue);
        } else {
            headerIssues.add(issue);
        }
    }

    /** Adds an issue about the transaction as a whole (SE counts and control numbers): envelope only. */
    void addEnvelopeIssue(SyntaxIssue issue) {
        allIssues.add(issue);
    }

    List<SyntaxIssue> allIssues() {
        return allIssues;
    }

    /** Starts a new HL level; hands out the claim it ends. */
    void startLevel(RawSegment hl, Segment segment, ClaimHandler handler, ClaimCounter counter) {
        endClaim(handler, counter);
        if (transaction == null) {
            startTransaction(handler);
        }
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

    /** Starts a new claim; hands out the claim it ends. */
    void startClaim(RawSegment clm, Segment segment, ClaimHandler handler, ClaimCounter counter) {
        endClaim(handler, counter);
        if (transaction == null) {
            startTransaction(handler);
        }
        claim = new ClaimState(clm, segment);
        claims++;
    }

    /** Adds any other segment to the claim, level or header it belongs to. */
    void add(RawSegment raw, Segment segment, String loop) {
        if (claim != null) {
            claim.add(raw, segment, loop);
        } else if (currentLevel != null) {
            currentLevel.add(raw, segment);
        } else {
            header.add(segment);
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
                List.copyOf(header), ordinal);
        handler.startTransaction(transaction);
    }

    private void endClaim(ClaimHandler handler, ClaimCounter counter) {
        if (claim == null) {
            return;
        }
        List<SyntaxIssue> inherited = new ArrayList<>(headerIssues);
        for (LevelState level : new LevelState[] {billing, subscriber, patient}) {
            if (level != null) {
                inherited.addAll(level.issues());
            }
        }
        Payer payer = subscriber != null ? subscriber.payer(lastPayer) : Payer.UNKNOWN;
        lastPayer = payer;
        Claim built = claim.build(transaction, billing, subscriber, patient, payer, inherited, counter.next());
        claim = null;
        handler.claim(built);
    }

    /** Numbers claims across the file. */
    static final class ClaimCounter {
        private long count;

        long next() {
            return ++count;
        }

        long count() {
            return count;
        }
    }
}

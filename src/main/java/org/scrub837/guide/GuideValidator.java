package org.scrub837.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.Delimiters;
import org.scrub837.model.HierarchyLevel;
import org.scrub837.model.Transaction;

/**
 * Runs every implementation-guide check over one claim, its levels and its transaction's header, on
 * the segments the reader already holds. The five IG rules each ask for the same claim in turn, so
 * the findings of the last claim are kept per thread; so are those of the last header and of each
 * last level, which the claims under them share (a level is checked once, its findings repeated on
 * each of its claims).
 */
public final class GuideValidator {

    private final LevelChecks levels;
    private final ClaimChecks claims;
    private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);

    public GuideValidator(GuideCodeSets codes) {
        this(codes, Set.of("11"));
    }

    /** @param inpatientFacilityCodes CLM05-1 facility type codes of inpatient bills (837I CL1 required) */
    public GuideValidator(GuideCodeSets codes, Set<String> inpatientFacilityCodes) {
        this.levels = new LevelChecks(codes);
        this.claims = new ClaimChecks(codes, levels, inpatientFacilityCodes);
    }

    /** Every guide finding of the claim, in the order header, levels, claim. */
    List<GuideFinding> findings(Claim claim) {
        Memo m = memo.get();
        if (m.claim == claim) {
            return m.findings;
        }
        Transaction tx = claim.transaction();
        Delimiters d = tx.interchange().delimiters();
        if (m.transaction != tx) {
            m.transaction = tx;
            m.header = HeaderChecks.check(tx, m.view);
        }
        if (m.billing != claim.billingProvider()) {
            m.billing = claim.billingProvider();
            m.billingReport = m.billing == null ? null : levels.billingProvider(m.billing, claim.claimType(), d, m.view);
        }
        boolean hasPatient = claim.patient() != null;
        if (m.subscriber != claim.subscriber() || m.subscriberHasPatient != hasPatient) {
            m.subscriber = claim.subscriber();
            m.subscriberHasPatient = hasPatient;
            m.subscriberReport = m.subscriber == null ? null
                    : levels.subscriber(m.subscriber, claim.billingProvider(), hasPatient, claim.claimType(), d, m.view);
        }
        if (m.patient != claim.patient()) {
            m.patient = claim.patient();
            m.patientReport = m.patient == null ? null
                    : levels.patient(m.patient, claim.subscriber(), d, m.view);
        }
        GuideReport own = claims.check(claim, m.header.created(), m.view);
        GuideReport missing = missingLevels(claim);
        m.claim = claim;
        if (own.findings().isEmpty() && missing == null && m.header.report().findings().isEmpty() && none(m.billingReport)
                && none(m.subscriberReport) && none(m.patientReport)) {
            m.findings = List.of(); // the usual case: nothing to copy
            return m.findings;
        }
        List<GuideFinding> all = new ArrayList<>();
        all.addAll(m.header.report().findings());
        if (m.billingReport != null) {
            all.addAll(m.billingReport.findings());
        }
        if (m.subscriberReport != null) {
            all.addAll(m.subscriberReport.findings());
        }
        if (m.patientReport != null) {
            all.addAll(m.patientReport.findings());
        }
        if (missing != null) {
            all.addAll(missing.findings());
        }
        all.addAll(own.findings());
        m.findings = all;
        return all;
    }

    /**
     * A claim the reader placed without a 2000A billing provider or a 2000B subscriber above it (the
     * first HL is not a 20, a level code was changed): both levels are required, so the claim is
     * rejected here rather than left for a writer to trip over. Null when both are there.
     */
    private static GuideReport missingLevels(Claim claim) {
        if (claim.billingProvider() != null && claim.subscriber() != null) {
            return null;
        }
        GuideReport r = new GuideReport();
        if (claim.billingProvider() == null) {
            r.segment(GuideRuleIds.HL, null, claim.position(), "2000A", "HL", GuideReport.LOOP_MISSING,
                    "2000A: the claim has no billing provider level above it; the first HL of the hierarchy must be"
                            + " the billing provider, HL03 20.");
        }
        if (claim.subscriber() == null) {
            r.segment(GuideRuleIds.HL, null, claim.position(), "2000B", "HL", GuideReport.LOOP_MISSING,
                    "2000B: the claim has no subscriber level above it; send the subscriber level, HL03 22, under"
                            + " the billing provider.");
        }
        return r;
    }

    private static boolean none(GuideReport report) {
        return report == null || report.findings().isEmpty();
    }

    /** The header findings of a transaction that delivered no claim (checked at its end). */
    List<GuideFinding> headerFindings(Transaction tx) {
        return HeaderChecks.check(tx, new SegmentView()).report().findings();
    }

    /** What one thread remembers: the last claim, header and levels it checked. */
    private static final class Memo {
        final SegmentView view = new SegmentView();
        Claim claim;
        List<GuideFinding> findings;
        Transaction transaction;
        HeaderChecks.Result header;
        HierarchyLevel billing;
        GuideReport billingReport;
        HierarchyLevel subscriber;
        boolean subscriberHasPatient;
        GuideReport subscriberReport;
        HierarchyLevel patient;
        GuideReport patientReport;
    }
}

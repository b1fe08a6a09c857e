package org.scrub837.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scrub837.model.Claim;
import org.scrub837.model.ClaimType;
import org.scrub837.model.DateRange;
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

    /** The situational notes and the edits beyond the guide, each a class of its own. */
    static final List<ClaimEdit> EDITS = List.of(new AttendingProviderRequired(), new BillingAddressNotPostOfficeBox(),
            new Icd9QualifierAfterIcd10Date(), new MedicareBeneficiaryIdentifierShape(), new BirthDateBeforeService(),
            new ReplacementClaimNeedsPayerClaimNumber(), new InpatientBillNeedsCl1(), new OutpatientLineDateRequired());

    /**
     * The checks beyond the guide that read one segment in the loop the walker places it in, each a
     * class of its own, in the order they run (for one element the first finding is kept: a line date
     * after BHT04 is reported as that, not as outside the statement period). The ones split out of the
     * hand-written checks run before the others of their segment, so a segment's findings keep the
     * order they had.
     */
    static final List<SegmentEdit> SEGMENT_EDITS = List.of(new NpiCheckDigit(), new StateOrProvinceCode(),
            new ZipCodeShape(), new BillingProviderZipNineDigits(), new TaxonomyCodeShape(), new Icd10cmCodeKnown(),
            new Icd10cmCodeShape(), new ServiceDatesNotAfterCreation(), new LineDateInsideStatementPeriod(),
            new TypeOfBillShape(), new AttachmentControlNumberRequired(), new ProcedureCodeCase(),
            new ProcedureCodeShape(), new HcpcsCodeKnown(), new RevenueCodeShape(), new NegativeChargeAmount(),
            new PlaceOfServiceCode(), new BirthDateFormat());

    private static final SegmentEdit[] SEGMENT_EDITS_P = segmentEdits(ClaimType.PROFESSIONAL);
    private static final SegmentEdit[] SEGMENT_EDITS_I = segmentEdits(ClaimType.INSTITUTIONAL);

    private final LevelChecks levels;
    private final DatedCodeChecks datedCodes;
    private final GuideCodeSets codes;
    /** CLM05-1 facility type codes of inpatient bills, which need CL1 (837I). */
    private final Set<String> inpatientFacilityCodes;
    private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(this::newMemo);

    public GuideValidator(GuideCodeSets codes) {
        this(codes, Set.of("11"));
    }

    /** @param inpatientFacilityCodes CLM05-1 facility type codes of inpatient bills (837I CL1 required) */
    public GuideValidator(GuideCodeSets codes, Set<String> inpatientFacilityCodes) {
        this.codes = codes;
        this.inpatientFacilityCodes = Set.copyOf(inpatientFacilityCodes);
        this.levels = new LevelChecks();
        this.datedCodes = new DatedCodeChecks(codes);
    }

    /** The IG-CODE checks by date of service with installed ICD-10-CM and HCPCS editions. */
    public DatedCodeChecks datedCodes() {
        return datedCodes;
    }

    /** Every guide finding of the claim, in the order header, levels, claim. */
    public List<GuideFinding> findings(Claim claim) {
        Memo m = memo.get();
        if (m.claim == claim) {
            return m.findings;
        }
        Transaction tx = claim.transaction();
        Delimiters d = tx.interchange().delimiters();
        if (m.transaction != tx) {
            m.transaction = tx;
            m.header = HeaderChecks.check(tx, m.view);
            m.walker.walk(GuideMap.of(claim.claimType()).section(GuideMap.HEADER), tx.headerSegments(), d, m.view,
                    m.header.report());
        }
        if (m.billing != claim.billingProvider()) {
            m.billing = claim.billingProvider();
            m.billingReport = m.billing == null ? null : levels.billingProvider(m.billing, d, m.view);
            walk(m, claim, "2000A", m.billing, m.billingReport, m.placed(claim).part(m.header.created(), -1, -1));
        }
        boolean hasPatient = claim.patient() != null;
        if (m.subscriber != claim.subscriber() || m.subscriberHasPatient != hasPatient) {
            m.subscriber = claim.subscriber();
            m.subscriberHasPatient = hasPatient;
            m.subscriberReport = m.subscriber == null ? null
                    : levels.subscriber(m.subscriber, claim.billingProvider(), hasPatient, d, m.view);
            walk(m, claim, "2000B", m.subscriber, m.subscriberReport, m.placed(claim).part(m.header.created(), -1, -1));
        }
        if (m.patient != claim.patient()) {
            m.patient = claim.patient();
            m.patientReport = m.patient == null ? null
                    : levels.patient(m.patient, claim.subscriber(), d, m.view);
            walk(m, claim, "2000C", m.patient, m.patientReport, m.placed(claim).part(m.header.created(), -1, -1));
        }
        GuideReport own = new GuideReport(); // the claim's checks are the walker's and the named edits'
        DateRange statement = claim.dates().get(Claim.STATEMENT_DATES);
        m.walker.walk(GuideMap.of(claim.claimType()).section("2300"), claim.segments(), d, m.view, own,
                m.placed(claim).part(m.header.created(), statement == null ? -1 : ClaimEditInput.asInt(statement.from()),
                        statement == null ? -1 : ClaimEditInput.asInt(statement.to())));
        missingLevels(claim, own);
        ClaimEditInput input = new ClaimEditInput(claim, m.view, m.header.created(),
                inpatientFacilityCodes);
        for (ClaimEdit edit : EDITS) {
            if (edit.appliesTo(claim.claimType())) {
                edit.check(input, own);
            }
        }
        m.claim = claim;
        if (own.findings().isEmpty() && m.header.report().findings().isEmpty() && none(m.billingReport)
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
        all.addAll(own.findings());
        if (!claim.syntaxIssues().isEmpty()) {
            // a segment the reader already reports as a syntax error (X12-SYNTAX) is not reported again
            // by the walker: lengths, types and syntax notes are the standard's as much as the guide's
            all.removeIf(f -> f.fromData() && claim.syntaxIssues().stream()
                    .anyMatch(issue -> issue.segmentPosition() == f.position()));
        }
        m.findings = all;
        return all;
    }

    /**
     * A claim whose billing provider (2000A) or subscriber (2000B) level the reader could not place,
     * e.g. when the first HL of the transaction is not HL03 20: the guide requires both above every
     * claim. Reported where the first level above the claim, or the claim, stands.
     */
    private static void missingLevels(Claim claim, GuideReport own) {
        int at = claim.subscriber() != null ? claim.subscriber().position()
                : claim.patient() != null ? claim.patient().position() : claim.position();
        if (claim.billingProvider() == null) {
            own.segment(GuideRuleIds.REQUIRED, null, at, "2000A", "HL", GuideReport.LOOP_MISSING, "2000A HL: the claim"
                    + " has no billing provider level above it; the guide requires the first HL of the transaction"
                    + " to be the billing provider (HL03 20), with the subscriber levels (HL03 22) below it.");
        }
        if (claim.subscriber() == null) {
            own.segment(GuideRuleIds.REQUIRED, null, at, "2000B", "HL", GuideReport.LOOP_MISSING, "2000B HL: the claim"
                    + " has no subscriber level above it; the guide requires an HL03 22 subscriber level (with SBR)"
                    + " between the billing provider and the claim.");
        }
    }

    private static void walk(Memo m, Claim claim, String section, HierarchyLevel level, GuideReport report,
            PlacedSegment placed) {
        if (level != null) {
            m.walker.walk(GuideMap.of(claim.claimType()).section(section), level.segments(),
                    claim.transaction().interchange().delimiters(), m.view, report, placed);
        }
    }

    private static boolean none(GuideReport report) {
        return report == null || report.findings().isEmpty();
    }

    /** The header findings of a transaction that delivered no claim (checked at its end). */
    public List<GuideFinding> headerFindings(Transaction tx) {
        SegmentView view = new SegmentView();
        GuideReport report = HeaderChecks.check(tx, view).report();
        new GuideWalker().walk(GuideMap.of(tx.claimType()).section(GuideMap.HEADER), tx.headerSegments(),
                tx.interchange().delimiters(), view, report);
        return report.findings();
    }

    private static SegmentEdit[] segmentEdits(ClaimType type) {
        return SEGMENT_EDITS.stream().filter(e -> e.appliesTo(type)).toArray(SegmentEdit[]::new);
    }

    private Memo newMemo() {
        return new Memo(new PlacedSegment(ClaimType.PROFESSIONAL, codes, SEGMENT_EDITS_P),
                new PlacedSegment(ClaimType.INSTITUTIONAL, codes, SEGMENT_EDITS_I));
    }

    /** What one thread remembers: the last claim, header and levels it checked. */
    private static final class Memo {
        final SegmentView view = new SegmentView();
        final GuideWalker walker = new GuideWalker();
        /** The walker's seam to the named segment checks, one per guide. */
        final PlacedSegment professional;
        final PlacedSegment institutional;

        Memo(PlacedSegment professional, PlacedSegment institutional) {
            this.professional = professional;
            this.institutional = institutional;
        }

        PlacedSegment placed(Claim claim) {
            return claim.claimType() == ClaimType.INSTITUTIONAL ? institutional : professional;
        }

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

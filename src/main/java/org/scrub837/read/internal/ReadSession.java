package org.scrub837.read.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.scrub837.model.Delimiters;
import org.scrub837.model.EnvelopeEnd;
import org.scrub837.model.FunctionalGroup;
import org.scrub837.model.Interchange;
import org.scrub837.model.Segment;
import org.scrub837.model.SyntaxIssue;
import org.scrub837.model.SyntaxIssue.Scope;
import org.scrub837.model.Transaction;
import org.scrub837.read.ClaimHandler;
import org.scrub837.read.EnvelopeCodes;
import org.scrub837.read.InvalidEdiException;
import org.scrub837.read.TrailerChecks;
import org.scrub837.read.ReaderLimits;

import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * One read of one file: turns StAEDI events into envelopes, segments and claims. Holds only the
 * current envelopes, the current levels and the current claim. Not shared between reads.
 */
final class ReadSession implements StaediEventSwitch.Listener {

    private static final String VERSION_4010 = "00401";

    private final String fileName;
    private final ClaimHandler handler;
    private final ReaderLimits limits;
    /** Which transactions this pass reads fast, which StAEDI validates. */
    private final PassPlan plan;
    /** Reading fast; null when the plan validates everything. */
    private final PassMode fast;
    /** Reading with StAEDI's validation; null in a fast pass. */
    private final PassMode validated;
    private int transactionsStarted;
    private final String segmentSuffix;
    private final EventSource events;
    private final Deque<String> loops = new ArrayDeque<>();
    private final List<PendingIssue> pending = new ArrayList<>();
    private final TransactionState.ClaimCounter claims = new TransactionState.ClaimCounter();

    private RawSegment segment;
    private long segmentFilePosition;
    private String segmentLoop;
    private long lastEndedFilePosition;
    private String lastEndedTag;
    private int interchangeOrdinal;
    /**
     * StAEDI has started an envelope whose header is being read. An ISA, GS or ST that StAEDI did
     * not take as a header (it reports it as a segment error) starts nothing here either; and only
     * at a real transaction start may the transaction schema be set.
     */
    private boolean interchangeStarting;
    private boolean groupStarting;
    private boolean transactionStarting;

    private InterchangeState interchange;
    private GroupState group;
    private TransactionState transaction;

    /**
     * @param plan which transactions are read fast and which StAEDI validates; StAEDI's schema is
     *             loaded on the first pass that validates (TransactionSchemas holds it)
     */
    ReadSession(String fileName, ClaimHandler handler, ReaderLimits limits, PassPlan plan, String segmentSuffix,
            EventSource events) {
        this.fileName = fileName;
        this.handler = handler;
        this.limits = limits;
        this.plan = plan;
        this.fast = plan.readsAnyFast() ? new FastReading(SchemaModel.get(), this::doubt) : null;
        this.validated = plan.validatesAny() ? new ValidatedReading(TransactionSchemas.x12_005010_837()) : null;
        this.segmentSuffix = segmentSuffix;
        this.events = events;
    }

    /**
     * Thrown in a fast pass at the first segment that might not be valid, before anything of that
     * segment reaches the handler: the reader then reads the file again with StAEDI's validator.
     */
    static final class FastPassDoubt extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int validateFrom;

        /**
         * @param where        the segment's tag, position and what was not certain; never data
         * @param validateFrom the first transaction the validating pass must validate: the one the
         *                     doubt arose in, or the last one started when it arose between them
         */
        FastPassDoubt(String where, int validateFrom) {
            super(where, null, false, false);
            this.validateFrom = validateFrom;
        }

        int validateFrom() {
            return validateFrom;
        }
    }

    /** How this point of the file is read: fast before the first transaction to validate starts. */
    private PassMode mode() {
        return plan.fastAt(transactionsStarted) ? fast : validated;
    }

    /** Transactions started so far: where a validating pass must start validating after a doubt here. */
    int transactionsStarted() {
        return transactionsStarted;
    }

    private void doubt(String what) {
        String tag = segment != null ? segment.tag() : lastEndedTag;
        throw new FastPassDoubt(what + " at segment " + (tag == null ? "?" : tag) + " (file position "
                + (segment != null ? segmentFilePosition : lastEndedFilePosition) + ")", transactionsStarted);
    }

    /** Where StAEDI events come from; wraps the StAEDI reader so that its failures are translated. */
    interface EventSource {
        boolean hasNext() throws EDIStreamException;

        EDIStreamEvent next() throws EDIStreamException;

        EDIStreamReader reader();
    }

    /** Reads StAEDI's events on this thread, through the one event switch. */
    void run() throws EDIStreamException, InvalidEdiException {
        new StaediEventSwitch(events, segmentSuffix).run(this);
        finish();
    }

    // ---- StAEDI's events, through the event switch (this thread pulls them) --------------

    @Override
    public void segmentStarting(RawSegment started, long filePosition) {
        segment = started;
        segmentFilePosition = filePosition;
        segmentLoop = loops.peek();
    }

    @Override
    public void segment(RawSegment raw, long filePosition, Delimiters isaDelimiters)
            throws InvalidEdiException, EDIStreamException {
        segment = null;
        segmentEnded(raw, filePosition, isaDelimiters, events.reader());
    }

    @Override
    public void loopStarted(String code) {
        loops.push(code);
    }

    @Override
    public void loopEnded() {
        if (!loops.isEmpty()) {
            loops.pop();
        }
    }

    @Override
    public boolean segmentError(EDIStreamReader reader) {
        mode().segmentError(reader.getErrorType());
        pending.add(ValidationIssues.segmentError(reader, loops.peek()));
        return true;
    }

    @Override
    public boolean elementError(EDIStreamReader reader) {
        mode().elementError(reader.getErrorType());
        PendingIssue issue = ValidationIssues.elementError(reader, loops.peek());
        if (issue != null) {
            pending.add(issue);
        }
        return true;
    }

    /** START_INTERCHANGE, START_GROUP or START_TRANSACTION: the next ISA, GS or ST is that envelope's header. */
    @Override
    public void envelopeStarting(EDIStreamEvent start) {
        switch (start) {
            case START_INTERCHANGE:
                interchangeStarting = true;
                break;
            case START_GROUP:
                groupStarting = true;
                break;
            case START_TRANSACTION:
                transactionStarting = true;
                break;
            default:
                throw new IllegalArgumentException("not an envelope start: " + start);
        }
    }

    // ---- what the parse-ahead thread hands over (fast pass only: it never sets a transaction
    //      schema, which must happen on StAEDI's own thread at the ST) ----------------------

    /** A complete segment the parsing thread assembled. */
    void segmentHandedOver(RawSegment raw, long filePosition, Delimiters isaDelimiters)
            throws InvalidEdiException, EDIStreamException {
        segmentEnded(raw, filePosition, isaDelimiters, null);
    }

    /** StAEDI reported what the fast pass does not accept, here. */
    void doubtHandedOver(String reason) {
        doubt(reason);
    }

    /** The parser failed: where it stood, for the failure's position and message. */
    void parserFailedAt(RawSegment inProgress, long filePosition) {
        segment = inProgress;
        segmentFilePosition = filePosition;
    }

    /**
     * A complete segment: files it where it belongs.
     *
     * @param isaDelimiters the interchange's delimiters when the segment is an ISA, else null
     * @param reader        StAEDI's reader, to set the transaction schema on; null in the fast pass
     */
    private void segmentEnded(RawSegment raw, long filePosition, Delimiters isaDelimiters, EDIStreamReader reader)
            throws InvalidEdiException, EDIStreamException {
        lastEndedFilePosition = filePosition;
        lastEndedTag = raw.tag();
        if (raw.elementCount() > limits.maxElementsPerSegment()) {
            throw invalid(filePosition, ReaderLimits.exceeded("element count", raw.elementCount(),
                    limits.maxElementsPerSegment(), ReaderLimits.MAX_ELEMENTS_PER_SEGMENT));
        }
        // a missing segment is found at the segment after the gap: it belongs to what came before
        attachPending(true);
        switch (raw.tag()) {
            case "ISA":
                if (interchangeStarting) {
                    interchangeStarting = false;
                    startInterchange(isaDelimiters, raw, filePosition);
                }
                break;
            case "GS":
                if (groupStarting) {
                    groupStarting = false;
                    startGroup(raw, filePosition);
                } else {
                    inTransaction(raw, filePosition);
                }
                break;
            case "ST":
                if (transactionStarting) {
                    transactionStarting = false;
                    startTransaction(reader, raw, filePosition);
                } else {
                    inTransaction(raw, filePosition); // an ST StAEDI did not take as a header: a segment error
                }
                break;
            case "SE":
                if (transaction != null) {
                    mode().transactionTrailer(raw);
                }
                endTransaction(raw, filePosition, true);
                break;
            case "GE":
                endGroup(raw, filePosition, true);
                break;
            case "IEA":
                endInterchange(raw, filePosition, true);
                break;
            default:
                inTransaction(raw, filePosition);
                if (transaction != null && !transaction.begun()) {
                    beginAt(raw.tag());
                }
                break;
        }
        attachPending(false);
    }

    /**
     * A transaction's header ends at its first HL or CLM, which has just been filed: the
     * transaction is handed out now, before any of its claims. Decided here, once per segment of
     * a header, rather than in {@link #inTransaction}: this method's compiled code is small, while
     * the JIT inlines the whole per-segment filing path into inTransaction's, and a branch taken only
     * at a transaction's start is first taken at the second transaction, after that code was
     * compiled, which then would be thrown away and compiled again.
     */
    private void beginAt(String tag) {
        if ("HL".equals(tag) || "CLM".equals(tag)) {
            transaction.begin(handler);
        }
    }

    private void inTransaction(RawSegment raw, long filePosition) throws InvalidEdiException {
        if (transaction == null) {
            return;
        }
        segmentLoop = mode().bodySegment(raw, segmentLoop);
        Segment seg = new Segment(raw.tag(), raw.text(delimiters()), transaction.position(filePosition));
        if ("DTP".equals(raw.tag())) {
            checkDate(raw, seg.position());
        }
        switch (raw.tag()) {
            case "HL":
                transaction.startLevel(raw, seg, handler, claims);
                break;
            case "CLM":
                if (transaction.claimCount() >= limits.maxClaimsPerTransaction()) {
                    throw invalid(filePosition, ReaderLimits.exceeded("claim count",
                            transaction.claimCount() + 1L, limits.maxClaimsPerTransaction(),
                            ReaderLimits.MAX_CLAIMS_PER_TRANSACTION));
                }
                transaction.startClaim(raw, seg, handler, claims);
                break;
            case "LX":
                ClaimState claim = transaction.currentClaim();
                if (claim != null && claim.lineCount() >= limits.maxLinesPerClaim()) {
                    throw invalid(filePosition, ReaderLimits.exceeded("line count", claim.lineCount() + 1L,
                            limits.maxLinesPerClaim(), ReaderLimits.MAX_LINES_PER_CLAIM));
                }
                transaction.add(raw, seg, segmentLoop);
                break;
            default:
                transaction.add(raw, seg, segmentLoop);
                break;
        }
    }

    /**
     * DTP03 in the format DTP02 names (D8: CCYYMMDD, RD8: CCYYMMDD-CCYYMMDD, a range not ending
     * before it starts) must be real dates. The schema cannot type DTP03 (its format depends on
     * DTP02), so neither pass's validation sees a 20251340; the reader reports it itself, in both
     * passes alike, as 999 IK403 code 8 (invalid date). An empty DTP03 is the schema's to report.
     */
    private void checkDate(RawSegment dtp, int position) {
        String format = dtp.element(2);
        String value = dtp.element(3);
        if (value.isEmpty() || !("D8".equals(format) || "RD8".equals(format))
                || Values.dateRange(format, value) != null) {
            return;
        }
        transaction.addIssue(new SyntaxIssue(Scope.ELEMENT, "8", "DTP", position, segmentLoop, 3, null, "1251",
                "invalid date: DTP03 is not a real date in the " + format + " format DTP02 names"));
    }

    // ---- interchange ----------------------------------------------------------------------

    private void startInterchange(Delimiters delimiters, RawSegment raw, long filePosition)
            throws InvalidEdiException {
        List<String> elements = new ArrayList<>(16);
        for (int i = 1; i <= 16; i++) {
            elements.add(raw.element(i));
        }
        if (VERSION_4010.equals(elements.get(11))) {
            throw invalid(filePosition, "only 5010 is supported (ISA12 is " + VERSION_4010 + ")");
        }
        if (interchange != null) {
            endInterchange(null, filePosition, false);
        }
        Interchange isa = new Interchange(new Segment("ISA", raw.text(delimiters), (int) filePosition),
                List.copyOf(elements), delimiters, ++interchangeOrdinal);
        interchange = new InterchangeState(isa);
        handler.startInterchange(isa);
    }

    /** The interchange's delimiters as StAEDI read them from the ISA, with the line break seen after ISA. */
    static Delimiters delimiters(EDIStreamReader reader, String segmentSuffix) {
        Map<String, Character> map = reader.getDelimiters();
        return new Delimiters(charOf(map, EDIStreamConstants.Delimiters.DATA_ELEMENT, '*'),
                charOf(map, EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':'),
                charOf(map, EDIStreamConstants.Delimiters.REPETITION, '\0'),
                charOf(map, EDIStreamConstants.Delimiters.SEGMENT, '~'), segmentSuffix);
    }

    private static char charOf(Map<String, Character> map, String key, char fallback) {
        Character c = map == null ? null : map.get(key);
        return c == null ? fallback : c;
    }

    private Delimiters delimiters() {
        return interchange != null ? interchange.interchange.delimiters() : Delimiters.DEFAULT;
    }

    private void endInterchange(RawSegment raw, long filePosition, boolean present) {
        if (interchange == null) {
            return;
        }
        if (!present) {
            mode().envelopeLeftOpen();
        }
        if (group != null) {
            endGroup(null, filePosition, false);
        }
        InterchangeState state = interchange;
        moveAll(state.issues, 0);
        String declared = raw == null ? "" : raw.element(1);
        String control = raw == null ? "" : raw.element(2);
        state.issues.addAll(TrailerChecks.interchange(present, declared, control, state.groups,
                state.interchange.controlNumber()));
        interchange = null;
        handler.endInterchange(state.interchange,
                new EnvelopeEnd(present, declared, state.groups, control, List.copyOf(state.issues)));
    }

    // ---- group ----------------------------------------------------------------------------

    private void startGroup(RawSegment raw, long filePosition) throws InvalidEdiException {
        if (interchange == null) {
            throw invalid(filePosition, "GS outside an interchange: expected ISA before it");
        }
        List<String> elements = new ArrayList<>(8);
        for (int i = 1; i <= 8; i++) {
            elements.add(raw.element(i));
        }
        if (group != null) {
            endGroup(null, filePosition, false);
        }
        String version = elements.get(7);
        if (TransactionKind.is4010(version)) {
            throw invalid(filePosition, "only 5010 is supported (GS08 is " + TransactionKind.shortValue(version) + ")");
        }
        FunctionalGroup gs = new FunctionalGroup(interchange.interchange,
                new Segment("GS", raw.text(delimiters()), (int) filePosition), List.copyOf(elements),
                ++interchange.groups);
        group = new GroupState(gs);
        handler.startGroup(gs);
    }

    private void endGroup(RawSegment raw, long filePosition, boolean present) {
        if (group == null) {
            return;
        }
        if (!present) {
            mode().envelopeLeftOpen();
        }
        if (transaction != null) {
            endTransaction(null, filePosition, false);
        }
        GroupState state = group;
        moveAll(state.issues, 0);
        String declared = raw == null ? "" : raw.element(1);
        String control = raw == null ? "" : raw.element(2);
        state.issues.addAll(TrailerChecks.group(present, declared, control, state.transactions,
                state.group.controlNumber()));
        group = null;
        List<SyntaxIssue> issues = List.copyOf(state.issues);
        if (interchange != null) {
            interchange.issues.addAll(issues);
        }
        handler.endGroup(state.group, new EnvelopeEnd(present, declared, state.transactions, control, issues));
    }

    // ---- transaction ----------------------------------------------------------------------

    private void startTransaction(EDIStreamReader reader, RawSegment st, long filePosition)
            throws InvalidEdiException, EDIStreamException {
        transactionsStarted++;
        mode().transactionHeader(st);
        if (group == null) {
            throw invalid(filePosition, "ST outside a functional group: expected GS before it");
        }
        if (transaction != null) {
            endTransaction(null, filePosition, false);
        }
        String st03 = st.element(3);
        String gs08 = group.group.version();
        TransactionKind kind = TransactionKind.of(st.element(1), st03, gs08);
        if (kind.problem() != null) {
            throw invalid(filePosition, 1, kind.problem());
        }
        group.transactions++;
        Segment segment = new Segment("ST", st.text(delimiters()), 1);
        transaction = new TransactionState(group.group, group.transactions, filePosition, st, segment,
                kind.convention(), kind.claimType());
        try {
            mode().transactionStarted(reader);
        } catch (IllegalStateException e) {
            throw invalid(filePosition, 1, "ST where no transaction can start: expected SE of the previous one");
        }
        if (!st03.isEmpty() && !gs08.isEmpty() && !st03.equals(gs08)) {
            // reported, not fatal: ST03 decides the claim type; the header issue reaches every claim
            transaction.addIssue(new SyntaxIssue(Scope.TRANSACTION, EnvelopeCodes.IK502_CONVENTION, "ST", 1, null,
                    3, null, "1705", "ST03 implementation convention differs from GS08"));
        }
    }

    private void endTransaction(RawSegment se, long filePosition, boolean present) {
        if (transaction == null) {
            return;
        }
        if (!present) {
            mode().envelopeLeftOpen();
        }
        TransactionState state = transaction;
        Transaction tx = state.end(handler, claims);
        int actual = present ? state.position(filePosition) : state.position(lastEndedFilePosition);
        // issues of SE itself, and any still pending, concern the transaction, not its last claim
        for (PendingIssue issue : pending) {
            state.addEnvelopeIssue(issue.toIssue(state.position(issue.filePosition())));
        }
        pending.clear();
        String declared = se == null ? "" : se.element(1);
        String control = se == null ? "" : se.element(2);
        TrailerChecks.transaction(present, declared, control, actual, state.controlNumber())
                .forEach(state::addEnvelopeIssue);
        transaction = null;
        loops.clear();
        List<SyntaxIssue> issues = List.copyOf(state.allIssues());
        if (group != null) {
            group.issues.addAll(issues);
        }
        handler.endTransaction(tx, new EnvelopeEnd(present, declared, actual, control, issues));
    }

    // ---- issues ---------------------------------------------------------------------------

    /** Files pending issues where the reader now stands: the missing-segment ones, or all the others. */
    private void attachPending(boolean missingOnly) {
        if (pending.isEmpty()) {
            return;
        }
        List<PendingIssue> keep = new ArrayList<>();
        for (PendingIssue issue : pending) {
            if (missingOnly && !issue.missingSegment()) {
                keep.add(issue);
            } else if (transaction != null) {
                transaction.addIssue(issue.toIssue(transaction.position(issue.filePosition())));
            } else if (group != null) {
                group.issues.add(issue.toIssue(0));
            } else if (interchange != null) {
                interchange.issues.add(issue.toIssue(0));
            }
        }
        pending.clear();
        pending.addAll(keep);
    }

    private void moveAll(List<SyntaxIssue> target, int position) {
        for (PendingIssue issue : pending) {
            target.add(issue.toIssue(position));
        }
        pending.clear();
    }

    // ---- end of input and failures --------------------------------------------------------

    /** The input ended: an interchange left open ends here. */
    void finish() throws InvalidEdiException {
        if (interchangeOrdinal == 0) {
            throw invalid(0, "no X12 interchange found: expected a file starting with ISA");
        }
        if (interchange != null) {
            endInterchange(null, lastEndedFilePosition, false);
        }
    }

    /** Where reading stands when StAEDI fails: inside a segment, else the segment after the last one read. */
    long failurePosition() {
        return segment != null ? segmentFilePosition : lastEndedFilePosition + 1;
    }

    /** The tag of the segment being read when StAEDI failed, or null between segments. */
    String currentSegmentTag() {
        return segment != null ? segment.tag() : null;
    }

    /** The tag of the last segment read completely, or null before the first. */
    String lastEndedTag() {
        return lastEndedTag;
    }

    int transactionPosition(long filePosition) {
        return transaction == null ? 0 : transaction.position(filePosition);
    }

    InvalidEdiException invalid(long filePosition, String reason) {
        return new InvalidEdiException(fileName, filePosition, transactionPosition(filePosition), reason);
    }

    private InvalidEdiException invalid(long filePosition, int transactionPosition, String reason) {
        return new InvalidEdiException(fileName, filePosition, transactionPosition, reason);
    }

    private static final class InterchangeState {
        final Interchange interchange;
        final List<SyntaxIssue> issues = new ArrayList<>();
        int groups;

        InterchangeState(Interchange interchange) {
            this.interchange = interchange;
        }
    }

    private static final class GroupState {
        final FunctionalGroup group;
        final List<SyntaxIssue> issues = new ArrayList<>();
        int transactions;

        GroupState(FunctionalGroup group) {
            this.group = group;
        }
    }
}
